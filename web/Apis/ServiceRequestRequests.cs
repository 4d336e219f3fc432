using ItsmOrleans.Contracts.ServiceRequests;

namespace ItsmOrleans.Web.Apis;

/// <summary>A form field as JSON.</summary>
public sealed record FormFieldRequest(string? Name, string? Label, string? Type, bool? Required = null, IReadOnlyList<string>? Choices = null);

/// <summary>An approval rule as JSON: { kind: none | manager | named | nOfM, approvers, required }.</summary>
public sealed record ApprovalRuleRequest(string? Kind, IReadOnlyList<string>? Approvers = null, int? Required = null);

/// <summary>The body of PUT /api/catalog/{id}; <c>version</c> (or If-Match) is the version read, 0 to create only.</summary>
public sealed record CatalogItemRequest(
    string? Name,
    string? Description = null,
    string? Category = null,
    IReadOnlyList<FormFieldRequest?>? Fields = null,
    ApprovalRuleRequest? Approval = null,
    IReadOnlyList<string>? Tasks = null,
    string? FulfilmentGroup = null,
    int? Version = null) : IVersionedRequest
{
    public CatalogItem ToItem(string id)
    {
        var errors = new FieldErrors();
        var fields = (Fields ?? []).Select((f, i) => new FormField(
            f?.Name ?? "", f?.Label ?? "", EnumText.Parse<FieldType>(errors, $"fields[{i}].type", f?.Type, required: true) ?? FieldType.Text,
            f?.Required ?? false, f?.Choices ?? [])).ToList();
        var kind = EnumText.Parse<ApprovalKind>(errors, "approval.kind", Approval?.Kind ?? "none", required: true) ?? ApprovalKind.None;
        var item = new CatalogItem(id, Name ?? "", Description ?? "", Category ?? "", fields,
            new ApprovalRule(kind, Approval?.Approvers ?? [], Approval?.Required ?? 0), Tasks ?? [], FulfilmentGroup ?? "");
        RequestValidation.ThrowIfInvalid(errors, () => Domain.ServiceRequests.ServiceRequestRules.Validate(item));
        return item;
    }
}

/// <summary>
/// The body of POST /api/requests. There is no approver field: the item's rule and the requester's account name the
/// approvers, so a body naming a manager is refused as an unknown field.
/// </summary>
public sealed record SubmitRequestRequest(string? ItemId, IReadOnlyDictionary<string, string>? Answers = null, string? RequestedFor = null)
{
    public SubmitRequest ToCommand() => new(ItemId ?? "", Answers ?? new Dictionary<string, string>(), RequestedFor);
}

/// <summary>The body of POST /api/requests/{id}/approvals.</summary>
public sealed record DecisionRequest(string? Decision, string? Comment = null, int? Version = null) : IVersionedRequest
{
    /// <summary>True to approve, false to reject; anything else is refused.</summary>
    public bool Approves() => Decision switch
    {
        "approve" => true,
        "reject" => false,
        _ => throw new DomainValidationException("decision", "'decision' is approve or reject."),
    };
}

/// <summary>The body of POST /api/requests/{id}/tasks/{task}/assignment.</summary>
public sealed record TaskAssignmentRequest(string? Assignee, int? Version = null) : IVersionedRequest;

/// <summary>The body of POST /api/requests/{id}/tasks/{task}/completion.</summary>
public sealed record TaskCompletionRequest(string? Notes = null, int? Version = null) : IVersionedRequest
{
    public string? CheckedNotes()
    {
        var errors = new FieldErrors();
        errors.Text("notes", Notes, TextLimits.Note, required: false);
        errors.ThrowIfAny();
        return Notes;
    }
}

/// <summary>The body of POST /api/requests/{id}/transitions.</summary>
public sealed record RequestTransitionRequest(string? To, string? Notes = null, int? Version = null) : IVersionedRequest
{
    /// <summary>The status to move to, with the notes checked too.</summary>
    public ServiceRequestStatus ToStatus()
    {
        var errors = new FieldErrors();
        var to = EnumText.Parse<ServiceRequestStatus>(errors, "to", To, required: true);
        errors.Text("notes", Notes, TextLimits.Note, required: false);
        errors.ThrowIfAny();
        return to!.Value;
    }
}
