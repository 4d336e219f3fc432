using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Contracts.Incidents;

/// <summary>The full state of an incident as an agent sees it.</summary>
/// <param name="Version">Increments with every change; send it back to guard against overwriting someone else's change.</param>
/// <param name="AllowedTransitions">The statuses the workflow allows next.</param>
[GenerateSerializer, Immutable, Alias("itsm.IncidentView")]
public sealed record IncidentView(
    Guid Id,
    string Number,
    string Title,
    string Description,
    Impact Impact,
    Urgency Urgency,
    Priority Priority,
    IncidentStatus Status,
    HoldReason? HoldReason,
    ResolutionCode? ResolutionCode,
    string? ResolutionNotes,
    string? ServiceId,
    string? AssignmentGroup,
    string? Assignee,
    string Requester,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    int Version,
    IncidentSla Sla,
    IReadOnlyList<IncidentStatus> AllowedTransitions,
    ChangeReference? CausedByChange = null,
    MajorIncidentReference? MajorIncident = null,
    ProblemReference? Problem = null);
