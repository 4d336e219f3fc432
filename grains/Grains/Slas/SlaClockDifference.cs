using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Grains.Slas;

/// <summary>Whether a recomputed SLA clock tells a different story from the live one.</summary>
public static class SlaClockDifference
{
    // Two views of a running clock are taken a moment apart, and recounts round to ticks: a second is no difference.
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(1);

    /// <summary>The live clock beside its recomputed twin: whether they differ and which thresholds the repair fires or clears.</summary>
    public static SlaClockRepair Repair(SlaClockView before, SlaClockView after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var shift = SlaThresholdShift.Between(before.Reached, after.Reached);
        return new SlaClockRepair(before.Kind, before, after, Differs(before, after), shift.Revealed, shift.Withdrawn);
    }

    public static bool Differs(SlaClockView before, SlaClockView after) =>
        before.State != after.State
        || before.Target != after.Target
        || before.Reached != after.Reached
        || !string.Equals(before.Calendar, after.Calendar, StringComparison.Ordinal)
        || Apart(before.DueAt, after.DueAt)
        || Apart(before.StoppedAt, after.StoppedAt)
        || (before.Elapsed - after.Elapsed).Duration() > Tolerance;

    private static bool Apart(DateTimeOffset? a, DateTimeOffset? b) =>
        a is { } x && b is { } y ? (x - y).Duration() > Tolerance : a.HasValue != b.HasValue;
}
