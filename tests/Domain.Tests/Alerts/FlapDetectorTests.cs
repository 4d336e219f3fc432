using ItsmOrleans.Domain.Alerts;

namespace ItsmOrleans.Domain.Tests.Alerts;

public class FlapDetectorTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly FlapDetector _flaps = new(Transitions: 4, Window: TimeSpan.FromMinutes(10), QuietPeriod: TimeSpan.FromMinutes(5));

    [Fact]
    public void Opening_and_resolving_twice_within_the_window_is_flapping()
    {
        var history = new List<DateTimeOffset>();
        for (var i = 0; i < 3; i++)
        {
            _flaps.Record(history, Start.AddMinutes(i));
            Assert.False(_flaps.IsFlapping(history, Start.AddMinutes(i)));
        }

        _flaps.Record(history, Start.AddMinutes(3));
        Assert.True(_flaps.IsFlapping(history, Start.AddMinutes(3)));
    }

    [Fact]
    public void Transitions_spread_wider_than_the_window_are_not_flapping()
    {
        var history = new List<DateTimeOffset>();
        foreach (var minute in new[] { 0, 4, 8, 12, 16 })
        {
            _flaps.Record(history, Start.AddMinutes(minute));
        }

        Assert.False(_flaps.IsFlapping(history, Start.AddMinutes(16)));
    }

    [Fact]
    public void The_history_keeps_only_what_the_window_needs()
    {
        var history = new List<DateTimeOffset>();
        for (var second = 0; second < 100; second++)
        {
            _flaps.Record(history, Start.AddSeconds(second));
        }

        Assert.Equal(4, history.Count);
        Assert.Equal(Start.AddSeconds(99), history[^1]);
    }

    [Fact]
    public void A_flapping_alert_settles_a_quiet_period_after_its_last_transition()
    {
        Assert.Equal(Start.AddMinutes(5), _flaps.SettlesAt(Start));
    }
}
