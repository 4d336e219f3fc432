using System.Text;

namespace ItsmOrleans.LoadTest.Reports;

/// <summary>Writes a run's report.json, report.md and report.png (latency and throughput over time) into one folder.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { WriteIndented = true };

    public static async Task<string> Write(RunReport report, string folder)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "report.json"), JsonSerializer.Serialize(report, Json));
        ReportChart.Save(report, Path.Combine(folder, "report.png"));
        var markdown = Markdown(report);
        await File.WriteAllTextAsync(Path.Combine(folder, "report.md"), markdown);
        return markdown;
    }

    public static string Markdown(RunReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var md = new StringBuilder();
        md.AppendLine(Invariant($"# Load test: {r.Scenario}"));
        md.AppendLine();
        md.AppendLine(Invariant($"{r.Description}."));
        md.AppendLine();
        md.AppendLine(Invariant($"- hub: {r.Url}, started {r.StartedAt:u}, machine: {r.Machine}"));
        md.AppendLine(Invariant($"- open model, {r.Arrivals} arrivals, seed {r.Seed}; warm-up {r.WarmUpSeconds:0.#} s (not counted), measured {r.DurationSeconds:0.#} s; at most {r.MaxInFlight} in flight"));
        md.AppendLine(Invariant($"- intended {r.TargetRate:0.#}/s: {r.Intended} operations due ({r.IntendedRate:0.#}/s); achieved {r.AchievedRate:0.#}/s ({r.Succeeded} succeeded, {r.Failed} failed)"));
        md.AppendLine(Invariant($"- this tool used {r.ToolCpuShare:P0} of the machine's CPU during the run (when high, the tool may be what limits the figures)"));
        md.AppendLine();
        md.AppendLine("Latency from each operation's intended start (so waiting behind slow ones counts), of those that succeeded; service time from the send:");
        md.AppendLine();
        md.AppendLine("| operation | succeeded | failed | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | service p50 ms | service p99 ms |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var o in r.Operations)
        {
            var (l, s) = (o.Latency, o.ServiceTime);
            md.AppendLine(Invariant($"| {o.Name} | {o.Succeeded} | {o.Failed} | {F(l?.P50)} | {F(l?.P90)} | {F(l?.P99)} | {F(l?.P999)} | {F(l?.Max)} | {F(s?.P50)} | {F(s?.P99)} |"));
        }

        if (r.Pushes.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("Changes seen by live clients, from the timestamp inside each change to its arrival:");
            md.AppendLine();
            md.AppendLine("| stream | received | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |");
            md.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var p in r.Pushes)
            {
                var l = p.Latency;
                md.AppendLine(Invariant($"| {p.Stream} | {l?.Count ?? 0} | {F(l?.P50)} | {F(l?.P90)} | {F(l?.P99)} | {F(l?.P999)} | {F(l?.Max)} |"));
            }
        }

        md.AppendLine();
        md.AppendLine(r.Errors.Count == 0 ? "Errors: none." : "Errors by type:");
        if (r.Errors.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| error | count |");
            md.AppendLine("|---|---|");
            foreach (var (error, count) in r.Errors.OrderByDescending(e => e.Value))
            {
                md.AppendLine(Invariant($"| {error} | {count} |"));
            }
        }

        md.AppendLine();
        md.AppendLine("![Latency and throughput over time](report.png)");
        return md.ToString();
    }

    private static string F(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
