using System.Diagnostics.Metrics;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Domain.Slas;

/// <summary>SLA thresholds as they are reached, counted on the silo whose clock reached them.</summary>
public sealed class SlaMetrics
{
    public const string MeterName = "ItsmOrleans.Slas";

    private readonly Counter<long> _breaches;
    private readonly Counter<long> _thresholds;

    public SlaMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _breaches = meter.CreateCounter<long>("itsm.sla.breaches", "{breach}", "SLA targets missed, by clock (response, resolution)");
        _thresholds = meter.CreateCounter<long>("itsm.sla.thresholds", "{threshold}", "SLA thresholds reached (50, 75, 90, 100 % of the target), by clock and level");
    }

    /// <summary>Counts a threshold once it is durable in the clock's state.</summary>
    public void Reached(SlaEvent reached)
    {
        ArgumentNullException.ThrowIfNull(reached);
        var clock = new KeyValuePair<string, object?>("clock", Name(reached.Clock));
        _thresholds.Add(1, clock, new KeyValuePair<string, object?>("level", Name(reached.Level)));
        if (reached.Level == SlaLevel.Breach)
        {
            _breaches.Add(1, clock);
        }
    }

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
