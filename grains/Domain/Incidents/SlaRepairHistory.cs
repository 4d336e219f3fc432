using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Domain.Incidents;

/// <summary>How an applied SLA repair is told: the changes of its history entry and its feed line (and webhook text).</summary>
public static class SlaRepairHistory
{
    /// <summary>Target, due time and breach of each clock that changed (<c>sla.resolution.breached</c>: True → False).</summary>
    public static FieldChangeList Changes(IEnumerable<SlaClockRepair> repairs)
    {
        ArgumentNullException.ThrowIfNull(repairs);
        var changes = new FieldChangeList();
        foreach (var repair in repairs.Where(r => r.Changed))
        {
            var name = $"sla.{WireName.Of(repair.Kind)}";
            changes.Track($"{name}.target", repair.Before.Target, repair.After.Target);
            changes.Track($"{name}.dueAt", repair.Before.DueAt, repair.After.DueAt);
            changes.Track($"{name}.breached", repair.Before.Breached, repair.After.Breached);
        }

        return changes;
    }

    /// <summary>
    /// A breach the repair reveals needs no word here: its clock fires it as a live one would. A breach it withdraws is
    /// said, since nothing else tells it.
    /// </summary>
    public static string Activity(IEnumerable<SlaClockRepair> repairs)
    {
        ArgumentNullException.ThrowIfNull(repairs);
        var withdrawn = repairs.Where(r => r.Withdrawn.Contains(SlaLevel.Breach)).Select(r => WireName.Of(r.Kind)).ToList();
        return withdrawn.Count == 0 ? "SLA clocks recomputed" : $"SLA clocks recomputed: {string.Join(" and ", withdrawn)} breach withdrawn";
    }
}
