using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;

namespace ItsmOrleans.Grains.Slas;

/// <summary>
/// What replacing a live SLA clock by its recomputed twin (the SLA repair) means for its thresholds. Those the
/// recomputed clock has reached and the live one never fired are revealed: they fire now, as a live clock fires the
/// thresholds it finds overdue after a restart. Those the live clock fired and the recomputed one has not reached are
/// withdrawn: they fire again when the clock reaches them at their corrected time.
/// </summary>
/// <param name="Revealed">The thresholds that fire with the repair, in order.</param>
/// <param name="Withdrawn">The thresholds fired before that no longer stand, in order.</param>
public sealed record SlaThresholdShift(IReadOnlyList<SlaLevel> Revealed, IReadOnlyList<SlaLevel> Withdrawn)
{
    /// <param name="fired">The highest threshold the live clock fired, if any.</param>
    /// <param name="recomputed">The highest threshold the recomputed clock has reached by now, if any.</param>
    public static SlaThresholdShift Between(SlaLevel? fired, SlaLevel? recomputed) =>
        new(Levels(above: fired, upTo: recomputed), Levels(above: recomputed, upTo: fired));

    public bool RevealsBreach => Revealed.Contains(SlaLevel.Breach);

    public bool WithdrawsBreach => Withdrawn.Contains(SlaLevel.Breach);

    private static SlaLevel[] Levels(SlaLevel? above, SlaLevel? upTo) =>
        [.. SlaThresholds.Levels.Where(level => (above is null || level > above) && level <= upTo)];
}
