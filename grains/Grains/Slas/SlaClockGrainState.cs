using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Grains.Slas;

/// <summary>The persisted state of one SLA clock: the clock itself and the events the incident has not acknowledged yet.</summary>
[GenerateSerializer, Alias("itsm.SlaClockGrainState")]
public sealed class SlaClockGrainState
{
    [Id(0)] public Guid IncidentId { get; set; }
    [Id(1)] public int AppliedVersion { get; set; }
    [Id(2)] public SlaClock? Clock { get; set; }
    [Id(3)] public List<SlaEvent> Undelivered { get; set; } = [];
    [Id(4)] public int LastSequence { get; set; }

    /// <summary>The calendar the clock counts in; null for 24×7.</summary>
    [Id(5)] public BusinessCalendar? Calendar { get; set; }

    /// <summary>The grain that receives the events; null for clocks of incidents (the incident with the same id).</summary>
    [Id(6)] public GrainId? Owner { get; set; }
}
