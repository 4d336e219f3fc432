namespace ItsmOrleans.Contracts.LiveFeeds;

/// <summary>The latest state of one record on its way to the pages.</summary>
[GenerateSerializer, Immutable, Alias("itsm.LiveRow")]
public sealed record LiveRow(string Kind, string Key, long Revision, ILiveRecord Payload)
{
    public static LiveRow Of(ILiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(LiveKinds.Of(record.GetType()), record.LiveKey, record.Revision, record);
    }
}
