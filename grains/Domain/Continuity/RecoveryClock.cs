using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;

namespace ItsmOrleans.Domain.Continuity;

/// <summary>
/// A recovery measured against its RTO the way an SLA clock measures a ticket against its target: the same levels
/// (50, 75, 90 and 100 % of the RTO elapsed), so a warning and a breach travel the same paths as an SLA's.
/// </summary>
public static class RecoveryClock
{
    /// <summary>The highest level reached after <paramref name="elapsed"/> of recovery, or null before the first.</summary>
    public static SlaLevel? Reached(TimeSpan elapsed, TimeSpan rto) =>
        SlaThresholds.Levels.Where(level => elapsed >= At(rto, level)).Cast<SlaLevel?>().LastOrDefault();

    /// <summary>When <paramref name="level"/> is reached for a recovery that started at <paramref name="start"/>.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset start, TimeSpan rto, SlaLevel level) => start + At(rto, level);

    private static TimeSpan At(TimeSpan rto, SlaLevel level)
    {
        if (rto <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(rto), rto, "An RTO is longer than zero.");
        }

        return SlaThresholds.At(rto, level);
    }
}
