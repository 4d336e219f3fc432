namespace ItsmOrleans.Contracts.Escalations;

[GenerateSerializer, Immutable, Alias("itsm.OnCallScheduleView")]
public sealed record OnCallScheduleView(string Id, string Name, string TimeZone, IReadOnlyList<OnCallLayer> Layers, IReadOnlyList<OnCallOverride> Overrides, int Version);
