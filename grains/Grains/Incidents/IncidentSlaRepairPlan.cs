using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>An incident's clocks recomputed from its history, beside the live ones; <paramref name="Changed"/> when they tell another story.</summary>
public sealed record IncidentSlaRepairPlan(IncidentSlaReplayResult Replay, IReadOnlyList<SlaClockRepair> Repairs, bool Changed)
{
    /// <summary>The feed line of an applied repair.</summary>
    public string Activity => SlaRepairHistory.Activity(Repairs);

    public SlaRepairReport Report(Guid id, IncidentState state, bool applied)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new SlaRepairReport(id, state.Number, Replay.PolicyId, state.Version, Changed, applied, Repairs);
    }
}
