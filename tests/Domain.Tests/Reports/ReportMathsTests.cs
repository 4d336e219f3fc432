using ItsmOrleans.Domain.Reports;

namespace ItsmOrleans.Domain.Tests.Reports;

public class ReportMathsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Mean_median_and_90th_percentile_are_minutes_to_one_decimal_from_the_seconds()
    {
        // 10 durations: 1 min 30 s, 2 min 30 s, ..., 10 min 30 s.
        var statistics = DurationStatistics.From(Enumerable.Range(1, 10).Select(m => (m * 60L + 30, 1L)));
        // Median between 5:30 and 6:30; 90th percentile at rank 8.1 of 0..9, between 9:30 and 10:30.
        Assert.Equal(new DurationStatistics(10, 6.0, 6.0, 9.6), statistics);
    }

    [Fact]
    public void No_durations_have_no_mean_or_percentiles()
    {
        Assert.Equal(new DurationStatistics(0, null, null, null), DurationStatistics.From([]));
    }

    [Fact]
    public void Percentiles_weigh_each_duration_by_how_many_took_it()
    {
        // Rank 8.1 of 0..9 lies a tenth of the way from 1 h (rank 8) to 10 h (rank 9).
        var statistics = DurationStatistics.From([(0, 8), (3600, 1), (36000, 1)]);
        Assert.Equal((0.0, 114.0), (statistics.MedianMinutes!.Value, statistics.P90Minutes!.Value));
    }

    [Fact]
    public void Durations_under_a_minute_are_not_cut_to_zero_minutes()
    {
        var statistics = DurationStatistics.From([(50, 1), (70, 1), (110, 1)]);
        Assert.Equal(new DurationStatistics(3, 1.3, 1.2, 1.7), statistics);
    }

    [Fact]
    public void The_mean_is_rounded_once_halves_away_from_zero()
    {
        // 57 s is 0.95 min exactly: 1.0, not 0.9 as binary arithmetic or rounding half to even would read it.
        Assert.Equal(1.0, DurationStatistics.From([(57, 1)]).MeanMinutes);
        // 56 s and 57 s: a mean of 56.5 s is 0.9417 min.
        Assert.Equal(0.9, DurationStatistics.From([(56, 1), (57, 1)]).MeanMinutes);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(1.5, DurationStatistics.From([(60, 1), (120, 1)]).MedianMinutes);
    }

    [Theory]
    [InlineData(3, 1, 75.0)]
    [InlineData(2, 1, 66.7)]
    [InlineData(0, 4, 0.0)]
    [InlineData(1, 15, 6.3)]
    public void Compliance_is_the_share_met_to_one_decimal_halves_away_from_zero(long met, long breached, double percent)
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
