namespace ItsmOrleans.Contracts.Escalations;

/// <summary>Creates or replaces a schedule's layers; its overrides stay.</summary>
/// <param name="TimeZone">IANA time zone of the layers' start times and restrictions.</param>
[GenerateSerializer, Immutable, Alias("itsm.DefineOnCallSchedule")]
public sealed record DefineOnCallSchedule(string Name, string TimeZone, IReadOnlyList<OnCallLayer> Layers);
