using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Contracts.Changes;

/// <summary>A change as lists and the change calendar show it; also the shape of the read model.</summary>
/// <param name="Revision">Grows with every change of the record; the higher revision wins.</param>
[GenerateSerializer, Immutable, Alias("itsm.ChangeSummary")]
public sealed record ChangeSummary(
    Guid Id,
    string Number,
    ChangeType Type,
    ChangeStatus Status,
    string Title,
    string? ServiceId,
    string? Implementer,
    ChangeWindow? Window,
    RiskLevel? Risk,
    IReadOnlyList<ChangeConflict> Conflicts,
    int UnresolvedConflicts,
    ChangeOutcome? Outcome,
    DateTimeOffset UpdatedAt,
    int Version,
    int Revision) : ILiveRecord
{
    string ILiveRecord.LiveKey => Id.ToString("N");

    long ILiveRecord.Revision => Revision;

    /// <summary>Changes that still hold their window: they can clash with others.</summary>
    public bool HoldsWindow => Window is not null && Status is not (ChangeStatus.Closed or ChangeStatus.Cancelled or ChangeStatus.Review);
}
