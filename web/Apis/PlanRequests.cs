using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Domain.Continuity;

namespace ItsmOrleans.Web.Apis;

/// <summary>A recovery step as JSON: { "title": "…", "owner": "…", "expectedDuration": "00:30:00" }.</summary>
public sealed record RecoveryStepRequest(string? Title, string? Owner, string? ExpectedDuration);

/// <summary>
/// The body of POST /api/continuity/plans and of PUT /api/continuity/plans/{id} (the whole plan, replacing what it said).
/// </summary>
public sealed record PlanRequest(
    string? Title = null,
    string? Scenario = null,
    IReadOnlyList<string?>? ServiceIds = null,
    string? InvocationCriteria = null,
    IReadOnlyList<string?>? DecisionMakers = null,
    IReadOnlyList<PlanContact?>? Contacts = null,
    IReadOnlyList<RecoveryStepRequest?>? Steps = null,
    FallbackArrangement? Fallback = null,
    DateOnly? ReviewBy = null,
    int? ExerciseEveryMonths = null,
    int? Version = null) : IVersionedRequest
{
    public PlanContent ToContent()
    {
        var errors = new FieldErrors();
        var steps = (Steps ?? []).Select((step, i) => new RecoveryStep(
            step?.Title ?? "", step?.Owner ?? "", Durations.Read(errors, $"steps[{i}].expectedDuration", step?.ExpectedDuration))).ToList();
        var content = new PlanContent(
            Title ?? "",
            Scenario ?? "",
            [.. (ServiceIds ?? []).Select(s => s ?? "")],
            InvocationCriteria ?? "",
            [.. (DecisionMakers ?? []).Select(s => s ?? "")],
            [.. (Contacts ?? []).Select(c => c ?? new PlanContact("", ""))],
            steps,
            Fallback is null || (string.IsNullOrWhiteSpace(Fallback.Description) && string.IsNullOrWhiteSpace(Fallback.VendorContractId)) ? null : Fallback with { Description = Fallback.Description ?? "" },
            ReviewBy,
            ExerciseEveryMonths ?? 12);
        RequestValidation.ThrowIfInvalid(errors, () => PlanRules.Validate(content));
        return content;
    }
}

/// <summary>The body of POST /api/continuity/plans/{id}/transitions.</summary>
public sealed record MovePlanRequest(string? To, string? Notes = null, int? Version = null) : IVersionedRequest
{
    public MovePlan ToCommand()
    {
        var errors = new FieldErrors();
        var to = EnumText.Parse<PlanStatus>(errors, "to", To, required: true);
        errors.ThrowIfAny();
        var command = new MovePlan(to!.Value, Notes);
        PlanRules.Validate(command);
        return command;
    }
}

/// <summary>The body of POST /api/continuity/plans/{id}/invocations.</summary>
public sealed record InvokePlanRequest(string? Reason, Guid? MajorIncidentId = null, int? Version = null) : IVersionedRequest
{
    public InvokePlan ToCommand() => new(Reason ?? "", MajorIncidentId);
}

/// <summary>The body of POST /api/continuity/plans/{id}/invocation/steps/{step}.</summary>
public sealed record CompleteStepRequest(string? Note = null, int? Version = null) : IVersionedRequest;

/// <summary>The body of POST /api/continuity/plans/{id}/invocation/end.</summary>
public sealed record EndInvocationRequest(string? Outcome, string? Notes = null, int? Version = null) : IVersionedRequest
{
    public EndInvocation ToCommand()
    {
        var errors = new FieldErrors();
        var outcome = EnumText.Parse<InvocationOutcome>(errors, "outcome", Outcome, required: true);
        errors.ThrowIfAny();
        return new EndInvocation(outcome!.Value, Notes);
    }
}
