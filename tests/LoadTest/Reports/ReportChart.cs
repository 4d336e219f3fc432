using ScottPlot;

namespace ItsmOrleans.LoadTest.Reports;

/// <summary>Latency (p50, p99, live-client p99) and throughput per second of a run, warm-up shaded, as a PNG.</summary>
public static class ReportChart
{
    public static void Save(RunReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = new Plot();
        var seconds = report.Timeline.Select(s => (double)s.Second).ToArray();
        Line(plot, seconds, report.Timeline.Select(s => s.Latency?.P50), "p50 ms");
        Line(plot, seconds, report.Timeline.Select(s => s.Latency?.P99), "p99 ms");
        if (report.Timeline.Any(s => s.Pushes is not null))
        {
            Line(plot, seconds, report.Timeline.Select(s => s.Pushes?.P99), "live client p99 ms");
        }

        var done = plot.Add.Scatter(seconds, report.Timeline.Select(s => (double)s.Completed).ToArray());
        done.LegendText = "completed per s";
        done.Axes.YAxis = plot.Axes.Right;
        var due = plot.Add.Scatter(seconds, report.Timeline.Select(s => (double)s.Intended).ToArray());
        due.LegendText = "intended per s";
        due.LinePattern = LinePattern.Dashed;
        due.Axes.YAxis = plot.Axes.Right;
        if (report.WarmUpSeconds > 0)
        {
            var warmUp = plot.Add.HorizontalSpan(0, report.WarmUpSeconds);
            warmUp.FillStyle.Color = Colors.Gray.WithAlpha(0.15);
            warmUp.LegendText = "warm-up";
        }

        plot.Title($"{report.Scenario}: intended {report.TargetRate:0.#}/s, achieved {report.AchievedRate:0.#}/s");
        plot.XLabel("seconds since start");
        plot.YLabel("latency (ms)");
        plot.Axes.Right.Label.Text = "operations per second";
        plot.Axes.Left.Min = 0;
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 1200, 600);
    }

    private static void Line(Plot plot, double[] seconds, IEnumerable<double?> values, string label)
    {
        var ys = values.Select(v => v ?? double.NaN).ToArray();
        var line = plot.Add.Scatter(seconds, ys);
        line.LegendText = label;
    }
}
