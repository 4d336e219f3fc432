using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Changes;

/// <summary>
/// One change request, keyed by its id. Mutations are versioned (a stale <see cref="CommandContext.ExpectedVersion"/> is
/// refused with <see cref="VersionConflictException"/>) and idempotent by request id. Schedule conflicts are recomputed
/// whenever this change or one it clashes with is edited.
/// </summary>
public interface IChangeGrain : IGrainWithGuidKey
{
    Task<ChangeView> Create(CommandContext context, CreateChange command);

    /// <summary>The change, or <see cref="NotFoundException"/>.</summary>
    Task<ChangeView> Get(Caller caller);

    Task<ChangeView> Update(CommandContext context, UpdateChange command);

    /// <summary>Moves the change; a move its type's workflow forbids fails with <see cref="InvalidTransitionException"/>.</summary>
    Task<ChangeView> Move(CommandContext context, MoveChange command);

    /// <summary>A CAB vote. Enough approvals schedule the change; a rejection sends it back for rework.</summary>
    Task<ChangeView> Vote(CommandContext context, VoteOnChange command);

    /// <summary>Records that the incident was caused by this change; the incident shows the link too.</summary>
    Task<ChangeView> LinkCausedIncident(CommandContext context, Guid incidentId);

    Task<IReadOnlyList<ChangeHistoryEntry>> GetHistory(Caller caller);

    /// <summary>A change this one may clash with moved: recompute the conflicts.</summary>
    [OneWay]
    Task RecheckConflicts();
}
