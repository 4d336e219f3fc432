using System.Text.Json.Nodes;
using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// One item of a board stream. The first is a snapshot carrying its scope's current sequence number; each later one a
/// delta with seq + 1, or a fresh snapshot for a client that fell behind. A client that sees a gap, or reconnects,
/// subscribes again for a fresh snapshot. A delta carries incidents new to the board whole, and incidents it already
/// shows as patches: their id and only the fields that changed (see <see cref="RowPatch"/>).
/// </summary>
public sealed record BoardMessage(
    long Seq,
    BoardMessageKind Kind,
    BoardScope Scope,
    DateTimeOffset ServerTime,
    IReadOnlyList<IncidentSummary> Incidents,
    IReadOnlyList<JsonObject> Changed,
    IReadOnlyList<Guid> Removed,
    BoardCounters Counters,
    IReadOnlyList<BoardActivity> Activity,
    int DroppedActivities);
