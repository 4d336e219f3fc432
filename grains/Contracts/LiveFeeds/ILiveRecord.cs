namespace ItsmOrleans.Contracts.LiveFeeds;

/// <summary>
/// A record the pages follow live: each change publishes its latest state, and a newer revision of the same key
/// replaces an older one wherever rows wait to be pushed.
/// </summary>
public interface ILiveRecord
{
    /// <summary>Identifies the record among those of its kind.</summary>
    string LiveKey { get; }

    /// <summary>Grows with every change of the record.</summary>
    long Revision { get; }
}
