using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Domain.Slas;

/// <summary>The levels a clock measured against a target reaches (50, 75, 90 and 100 % of it), in order, and when each falls.</summary>
public static class SlaThresholds
{
    public static IReadOnlyList<SlaLevel> Levels { get; } = [SlaLevel.Info, SlaLevel.Warning, SlaLevel.Critical, SlaLevel.Breach];

    /// <summary>The time counted against <paramref name="target"/> at which <paramref name="level"/> is reached.</summary>
    public static TimeSpan At(TimeSpan target, SlaLevel level) => TimeSpan.FromTicks(target.Ticks * (int)level / 100);
}
