using ItsmOrleans.Contracts.MajorIncidents;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/major-incidents.</summary>
public sealed record PromoteRequest(
    string? Title,
    Guid? PrimaryIncidentId,
    IReadOnlyList<Guid>? RelatedIncidentIds = null,
    string? Commander = null,
    TimeSpan? UpdateCadence = null,
    string? OverrideReason = null)
{
    public PromoteIncidents ToCommand()
    {
        if (PrimaryIncidentId is not { } primary || primary == Guid.Empty)
        {
            var errors = new FieldErrors();
            errors.Add("primaryIncidentId", "'primaryIncidentId' is the id of the incident to promote.");
            errors.ThrowIfAny();
        }

        return new PromoteIncidents(Title ?? "", PrimaryIncidentId!.Value, RelatedIncidentIds ?? [], Commander ?? "", UpdateCadence, OverrideReason);
    }
}

/// <summary>The body of POST /api/major-incidents/{id}/children.</summary>
public sealed record ChildRequest(Guid? IncidentId, int? Version = null) : IVersionedRequest;

/// <summary>The body of PUT /api/major-incidents/{id}/commander.</summary>
public sealed record CommanderRequest(string? Commander, int? Version = null) : IVersionedRequest;

/// <summary>The body of POST /api/major-incidents/{id}/updates: a stakeholder update (default) or a working note.</summary>
public sealed record PostRequest(string? Text, bool? StakeholderUpdate = null, int? Version = null) : IVersionedRequest;

/// <summary>The body of PUT /api/major-incidents/{id}/cadence.</summary>
public sealed record CadenceRequest(TimeSpan? UpdateCadence, int? Version = null) : IVersionedRequest;

/// <summary>The body of POST /api/major-incidents/{id}/transitions.</summary>
public sealed record MoveMajorIncidentRequest(string? To, string? Note = null, int? Version = null) : IVersionedRequest
{
    public MoveMajorIncident ToCommand()
    {
        var errors = new FieldErrors();
        var to = EnumText.Parse<MajorIncidentStatus>(errors, "to", To, required: true);
        errors.ThrowIfAny();
        return new MoveMajorIncident(to!.Value, Note);
    }
}

/// <summary>A follow-up action of the post-incident review.</summary>
public sealed record FollowUpRequest(string? Description, string? Owner, DateOnly? Due = null);

/// <summary>The body of PUT /api/major-incidents/{id}/review.</summary>
public sealed record ReviewRequest(
    string? Summary,
    string? RootCause,
    string? Impact,
    string? WhatWentWell = null,
    string? WhatToImprove = null,
    IReadOnlyList<FollowUpRequest?>? Actions = null,
    bool? TimelineConfirmed = null,
    int? Version = null) : IVersionedRequest
{
    public PostIncidentReview ToReview() => new(
        Summary ?? "", RootCause ?? "", Impact ?? "", WhatWentWell ?? "", WhatToImprove ?? "",
        [.. (Actions ?? []).Select(a => new FollowUpAction(a?.Description ?? "", a?.Owner ?? "", a?.Due))],
        TimelineConfirmed ?? false);
}
