using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// One item of a change-calendar stream: a snapshot of the range (its changes and freezes) first, then deltas with the
/// changes that moved, changed or left the range. A delta row whose window no longer overlaps the range removes it.
/// </summary>
public sealed record ChangeCalendarMessage(
    long Seq,
    BoardMessageKind Kind,
    DateTimeOffset ServerTime,
    IReadOnlyList<ChangeSummary> Changes,
    IReadOnlyList<FreezePeriod>? Freezes);
