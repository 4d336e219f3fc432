using System.Diagnostics.Metrics;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Domain.Continuity;

/// <summary>Continuity as it happens: plans invoked, RTO levels reached during recovery, and how invocations ended.</summary>
public sealed class ContinuityMetrics
{
    public const string MeterName = "ItsmOrleans.Continuity";

    private readonly Counter<long> _invocations;
    private readonly Counter<long> _rtoLevels;
    private readonly Counter<long> _ended;

    public ContinuityMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _invocations = meter.CreateCounter<long>("itsm.continuity.invocations", "{invocation}", "Continuity plans invoked");
        _rtoLevels = meter.CreateCounter<long>("itsm.continuity.rto_levels", "{level}", "RTO levels reached during recovery (50, 75, 90, 100 % of the RTO), by level");
        _ended = meter.CreateCounter<long>("itsm.continuity.invocations_ended", "{invocation}", "Invocations ended, by outcome and whether the RTO was met (true, false, untimed)");
    }

    public void Invoked() => _invocations.Add(1);

    /// <summary>Counts a level once it is durable in the plan's state.</summary>
    public void Reached(SlaLevel level) => _rtoLevels.Add(1, new KeyValuePair<string, object?>("level", level.ToString().ToLowerInvariant()));

    public void Ended(PlanInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        _ended.Add(1,
            new KeyValuePair<string, object?>("outcome", invocation.Outcome?.ToString().ToLowerInvariant()),
            new KeyValuePair<string, object?>("rto_met", invocation.RtoMet is { } met ? (met ? "true" : "false") : "untimed"));
    }
}
