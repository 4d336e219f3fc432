namespace ItsmOrleans.Contracts.Incidents;

/// <summary>Moves an incident along its lifecycle.</summary>
/// <param name="HoldReason">Required when moving to <see cref="IncidentStatus.OnHold"/>.</param>
/// <param name="ResolutionCode">Required when moving to <see cref="IncidentStatus.Resolved"/>.</param>
/// <param name="ResolutionNotes">Required when moving to <see cref="IncidentStatus.Resolved"/>.</param>
/// <param name="Note">An optional explanation kept in history (for example why it was reopened).</param>
[GenerateSerializer, Immutable, Alias("itsm.ChangeIncidentStatus")]
public sealed record ChangeIncidentStatus(
    IncidentStatus To,
    HoldReason? HoldReason = null,
    ResolutionCode? ResolutionCode = null,
    string? ResolutionNotes = null,
    string? Note = null);
