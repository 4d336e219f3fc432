namespace ItsmOrleans.Grains.LiveFeeds;

/// <summary>The registered web hosts and the grain ids of their observers.</summary>
[GenerateSerializer, Alias("itsm.BoardHostRegistryState")]
public sealed class LiveFeedHostRegistryState
{
    [Id(0)] public Dictionary<string, string> ObserverByHost { get; set; } = [];
}
