namespace ItsmOrleans.Contracts.LiveFeeds;

/// <summary>One event on its way to the pages.</summary>
[GenerateSerializer, Immutable, Alias("itsm.LiveEvent")]
public sealed record LiveEvent(string Kind, ILiveEvent Payload)
{
    public static LiveEvent Of(ILiveEvent payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new(LiveKinds.Of(payload.GetType()), payload);
    }
}
