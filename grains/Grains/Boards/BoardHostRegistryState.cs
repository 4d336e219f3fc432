namespace ItsmOrleans.Grains.Boards;

/// <summary>The registered web hosts and the grain ids of their observers.</summary>
[GenerateSerializer, Alias("itsm.BoardHostRegistryState")]
public sealed class BoardHostRegistryState
{
    [Id(0)] public Dictionary<string, string> ObserverByHost { get; set; } = [];
}
