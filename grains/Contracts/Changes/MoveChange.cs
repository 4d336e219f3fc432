namespace ItsmOrleans.Contracts.Changes;

/// <summary>Moves a change along its lifecycle.</summary>
/// <param name="Outcome">Required when moving to <see cref="ChangeStatus.Review"/>.</param>
/// <param name="Notes">Why it was cancelled, or the (retrospective) review when closing; kept in history.</param>
/// <param name="OverrideReason">Accepts the change's current schedule conflicts, which otherwise stop it moving on.</param>
[GenerateSerializer, Immutable, Alias("itsm.MoveChange")]
public sealed record MoveChange(
    ChangeStatus To,
    ChangeOutcome? Outcome = null,
    string? Notes = null,
    string? OverrideReason = null);
