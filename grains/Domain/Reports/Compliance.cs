namespace ItsmOrleans.Domain.Reports;

/// <summary>
/// The share of promises kept: met out of met and breached, in percent to one decimal (halves away from zero, as every
/// report figure); null when none were due.
/// </summary>
public static class Compliance
{
    public static double? Percent(long kept, long broken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(kept);
        ArgumentOutOfRangeException.ThrowIfNegative(broken);
        var total = kept + broken;
        return total == 0 ? null : (double)Math.Round(100m * kept / total, 1, MidpointRounding.AwayFromZero);
    }
}
