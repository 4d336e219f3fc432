using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Escalations;

namespace ItsmOrleans.Domain.Tests.Escalations;

public class OnCallRotationTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(1);

    private static DefineOnCallSchedule Schedule(params OnCallLayer[] layers) => new("DBA", "Europe/Paris", layers);

    private static OnCallLayer Daily(string name, params string[] users) => new(name, users, new DateTime(2026, 3, 23, 9, 0, 0), TimeSpan.FromDays(1));

    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0, double offsetHours = 1) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours));

    [Fact]
    public void Users_take_daily_turns_handing_off_at_the_layers_local_start_time()
    {
        var schedule = Schedule(Daily("primary", "ann", "bob", "cem"));
        Assert.Equal("ann", OnCallRotation.At(schedule, [], Local(3, 23, 9)).User);
        Assert.Equal("ann", OnCallRotation.At(schedule, [], Local(3, 24, 8, 59)).User);
        var tuesday = OnCallRotation.At(schedule, [], Local(3, 24, 9));
        Assert.Equal(("bob", "primary", false), (tuesday.User, tuesday.Layer, tuesday.Override));
        Assert.Equal(Local(3, 25, 9), tuesday.Until);
        Assert.Equal("ann", OnCallRotation.At(schedule, [], Local(3, 26, 12)).User);
    }

    [Fact]
    public void A_daily_hand_off_stays_at_nine_local_across_the_daylight_saving_change()
    {
        // Clocks in Paris go forward on 29 March 2026: the hand-off that day is 09:00 CEST (07:00 UTC), not 08:00 UTC.
        var schedule = Schedule(Daily("primary", "ann", "bob", "cem"));
        var before = OnCallRotation.At(schedule, [], Local(3, 29, 8, 30, offsetHours: 2));
        Assert.Equal(Local(3, 29, 9, offsetHours: 2), before.Until);
        Assert.Equal("cem", before.User);
        Assert.Equal("ann", OnCallRotation.At(schedule, [], Local(3, 29, 9, offsetHours: 2)).User);
    }

    [Fact]
    public void A_later_layer_covers_the_earlier_one_within_its_restrictions()
    {
        var weekdays = Enumerable.Range(1, 5).Select(d => new WorkingHours((DayOfWeek)d, new TimeOnly(9, 0), new TimeOnly(17, 0))).ToList();
        var schedule = Schedule(
            Daily("nights and weekends", "nina"),
            new OnCallLayer("office hours", ["olga", "oscar"], new DateTime(2026, 3, 23, 9, 0, 0), TimeSpan.FromDays(7), weekdays));

        var mondayNoon = OnCallRotation.At(schedule, [], Local(3, 23, 12));
        Assert.Equal(("olga", "office hours", Local(3, 23, 17)), (mondayNoon.User, mondayNoon.Layer, mondayNoon.Until));
        var mondayEvening = OnCallRotation.At(schedule, [], Local(3, 23, 18));
        Assert.Equal(("nina", Local(3, 24, 9)), (mondayEvening.User, mondayEvening.Until));
        Assert.Equal("nina", OnCallRotation.At(schedule, [], Local(3, 28, 12)).User);
        Assert.Equal("oscar", OnCallRotation.At(schedule, [], Local(3, 30, 10, offsetHours: 2)).User);
    }

    [Fact]
    public void An_override_wins_while_it_lasts_and_the_latest_added_wins_among_overrides()
    {
        var schedule = Schedule(Daily("primary", "ann", "bob"));
        var overrides = new List<OnCallOverride>
        {
            new(Guid.NewGuid(), "zoe", Local(3, 23, 10), Local(3, 23, 14), "ann"),
            new(Guid.NewGuid(), "yan", Local(3, 23, 12), Local(3, 23, 13), "ann"),
        };

        var covered = OnCallRotation.At(schedule, overrides, Local(3, 23, 11));
        Assert.Equal(("zoe", true, Local(3, 23, 12)), (covered.User, covered.Override, covered.Until));
        Assert.Equal("yan", OnCallRotation.At(schedule, overrides, Local(3, 23, 12, 30)).User);
        var afterTheInnerOne = OnCallRotation.At(schedule, overrides, Local(3, 23, 13, 30));
        Assert.Equal(("zoe", Local(3, 23, 14)), (afterTheInnerOne.User, afterTheInnerOne.Until));
        Assert.Equal("ann", OnCallRotation.At(schedule, overrides, Local(3, 23, 14)).User);
    }

    [Fact]
    public void Before_a_layer_starts_nobody_is_on_call_from_it()
    {
        var shift = OnCallRotation.At(Schedule(Daily("primary", "ann")), [], Local(3, 22, 12));
        Assert.Null(shift.User);
        Assert.Equal(Local(3, 23, 9), shift.Until);
    }

    [Fact]
    public void Hourly_turns_follow_elapsed_time()
    {
        var schedule = Schedule(new OnCallLayer("follow the sun", ["a", "b", "c"], new DateTime(2026, 3, 23, 0, 0, 0), TimeSpan.FromHours(8)));
        Assert.Equal("b", OnCallRotation.At(schedule, [], Local(3, 23, 8)).User);
        Assert.Equal("a", OnCallRotation.At(schedule, [], Local(3, 24, 7)).User);
    }
}
