using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Contracts.Notices;

/// <summary>
/// Something the operations team should act on that is not an incident: an over-used licence, an expiring contract.
/// A notice with <paramref name="Active"/> false has been settled and leaves the boards.
/// </summary>
/// <param name="Key">Identifies what the notice is about, e.g. "licence:visio"; a newer notice with the same key replaces it.</param>
/// <param name="DueAt">When what the notice warns of falls due (an invoked plan's RTO), for boards to count down to.</param>
[GenerateSerializer, Immutable, Alias("itsm.BoardNotice")]
public sealed record BoardNotice(string Key, NoticeKind Kind, string Text, DateTimeOffset Since, bool Active, long Revision, DateTimeOffset? DueAt = null) : ILiveRecord
{
    string ILiveRecord.LiveKey => Key;
}
