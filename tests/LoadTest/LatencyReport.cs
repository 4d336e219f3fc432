namespace ItsmOrleans.LoadTest;

/// <summary>Percentiles of a set of latency samples, in milliseconds.</summary>
public sealed record LatencyReport(string Name, int Count, double Median, double P90, double P99, double Max)
{
    public static LatencyReport Of(string name, IReadOnlyCollection<TimeSpan> samples)
    {
        var sorted = samples.Select(s => s.TotalMilliseconds).Order().ToArray();
        return new LatencyReport(name, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.90), Percentile(sorted, 0.99), sorted[^1]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Count} | {Median:F1} | {P90:F1} | {P99:F1} | {Max:F1} |");

    public const string Header = "| measurement | n | median ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|---|";

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
