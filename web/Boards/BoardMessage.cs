using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// One item of a board stream. The first is a snapshot (seq 1); each later one a delta with seq + 1.
/// A client that sees a gap, or reconnects, subscribes again for a fresh snapshot.
/// </summary>
public sealed record BoardMessage(
    long Seq,
    BoardMessageKind Kind,
    BoardScope Scope,
    DateTimeOffset ServerTime,
    IReadOnlyList<IncidentSummary> Incidents,
    IReadOnlyList<Guid> Removed,
    BoardCounters Counters,
    IReadOnlyList<BoardActivity> Activity,
    int DroppedActivities);
