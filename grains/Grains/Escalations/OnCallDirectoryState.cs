namespace ItsmOrleans.Grains.Escalations;

[GenerateSerializer, Alias("itsm.OnCallDirectoryState")]
public sealed class OnCallDirectoryState
{
    [Id(0)] public Dictionary<string, string> Policies { get; set; } = [];
    [Id(1)] public Dictionary<string, string> Schedules { get; set; } = [];
}
