namespace ItsmOrleans.Domain.Reports;

/// <summary>The share of promises kept: met out of met and breached, in percent to one decimal; null when none were due.</summary>
public static class Compliance
{
    public static double? Percent(long kept, long broken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(kept);
        ArgumentOutOfRangeException.ThrowIfNegative(broken);
        var total = kept + broken;
        return total == 0 ? null : Math.Round(100.0 * kept / total, 1);
    }
}
