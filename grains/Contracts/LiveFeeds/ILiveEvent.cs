namespace ItsmOrleans.Contracts.LiveFeeds;

/// <summary>
/// Something that happened and is told once (a feed line, a mention), as opposed to a record's latest state: events
/// are kept in order, up to a bounded number per kind, and the oldest are dropped past it.
/// </summary>
public interface ILiveEvent
{
}
