using ItsmOrleans.Contracts.Escalations;

namespace ItsmOrleans.Grains.Escalations;

[GenerateSerializer, Alias("itsm.OnCallScheduleState")]
public sealed class OnCallScheduleState
{
    [Id(0)] public DefineOnCallSchedule? Definition { get; set; }
    [Id(1)] public List<OnCallOverride> Overrides { get; set; } = [];
    [Id(2)] public int Version { get; set; }

    public OnCallScheduleView? ToView(string id) => Definition is { } d
        ? new OnCallScheduleView(id, d.Name, d.TimeZone, d.Layers, [.. Overrides.OrderBy(o => o.Start)], Version)
        : null;
}
