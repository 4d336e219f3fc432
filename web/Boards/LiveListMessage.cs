namespace ItsmOrleans.Web.Boards;

/// <summary>
/// One item of a live-list stream (the service map, the major-incident banner): every item first (seq 1, a snapshot),
/// then the items that changed. An item that is no longer live (a closed major incident) arrives once so clients drop it.
/// </summary>
public sealed record LiveListMessage<TRow>(long Seq, BoardMessageKind Kind, DateTimeOffset ServerTime, IReadOnlyList<TRow> Items);
