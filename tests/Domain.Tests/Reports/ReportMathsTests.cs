using ItsmOrleans.Domain.Reports;

namespace ItsmOrleans.Domain.Tests.Reports;

public class ReportMathsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Mean_is_exact_and_median_and_90th_percentile_are_the_nearest_rank_to_the_minute()
    {
        // 10 durations: 1, 2, ..., 10 minutes (and 30 s more each).
        var histogram = Enumerable.Range(1, 10).Select(m => ((long)m, 1L));
        var statistics = DurationStatistics.From(histogram, Enumerable.Range(1, 10).Sum(m => m * 60 + 30));
        Assert.Equal(new DurationStatistics(10, 6.0, 5, 9), statistics);
    }

    [Fact]
    public void No_durations_have_no_mean_or_percentiles()
    {
        Assert.Equal(new DurationStatistics(0, null, null, null), DurationStatistics.From([], 0));
    }

    [Fact]
    public void Percentiles_weigh_each_minute_by_how_many_fell_in_it()
    {
        var statistics = DurationStatistics.From([(0, 8), (60, 1), (600, 1)], 660 * 60);
        Assert.Equal((0L, 60L), (statistics.MedianMinutes!.Value, statistics.P90Minutes!.Value));
    }

    [Theory]
    [InlineData(3, 1, 75.0)]
    [InlineData(2, 1, 66.7)]
    [InlineData(0, 4, 0.0)]
    public void Compliance_is_the_share_met_to_one_decimal(long met, long breached, double percent)
    {
        Assert.Equal(percent, Compliance.Percent(met, breached));
    }

    [Fact]
    public void Compliance_without_anything_due_is_unknown_not_perfect()
    {
        Assert.Null(Compliance.Percent(0, 0));
    }

    [Fact]
    public void The_backlog_series_has_every_day_of_the_range_even_without_change()
    {
        var series = BacklogSeries.Daily(Monday, Monday.AddDays(4), 10, new Dictionary<string, long> { ["2026-11-16"] = 3, ["2026-11-18"] = -5 });
        Assert.Equal([13L, 13, 8, 8], series.Select(p => p.Open));
        Assert.Equal(new DateOnly(2026, 11, 19), series[^1].Day);
    }

    [Fact]
    public void A_range_ending_mid_day_ends_the_series_on_that_day()
    {
        var series = BacklogSeries.Daily(Monday.AddHours(12), Monday.AddDays(1).AddHours(6), 0, new Dictionary<string, long>());
        Assert.Equal([new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 17)], series.Select(p => p.Day));
    }

    [Fact]
    public void Age_buckets_are_separated_by_opening_times_counted_back_from_the_end()
    {
        Assert.Equal([Monday.AddDays(-1), Monday.AddDays(-3), Monday.AddDays(-7), Monday.AddDays(-30)], BacklogAges.Boundaries(Monday));
        Assert.Equal(BacklogAges.Boundaries(Monday).Count + 1, BacklogAges.Labels.Count);
    }
}
