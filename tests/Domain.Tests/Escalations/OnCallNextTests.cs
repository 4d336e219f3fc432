using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Domain.Escalations;

namespace ItsmOrleans.Domain.Tests.Escalations;

/// <summary>Who is next on call, and from when: the person the schedule hands off to when the current shift ends.</summary>
public class OnCallNextTests
{
    private static readonly DefineOnCallSchedule TwoPeopleDaily =
        new("DBA", "Europe/Paris", [new OnCallLayer("primary", ["ann", "bob"], new DateTime(2026, 3, 23, 9, 0, 0), TimeSpan.FromDays(1))]);

    private static DateTimeOffset Paris(int day, int hour) => new(2026, 3, day, hour, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void The_next_person_takes_over_at_the_hand_off_that_ends_the_current_shift()
    {
        var now = OnCallRotation.At(TwoPeopleDaily, [], Paris(23, 12));
        var next = OnCallRotation.Next(TwoPeopleDaily, [], now);

        Assert.Equal("ann", now.User);
        Assert.Equal(("bob", Paris(24, 9), Paris(25, 9)), (next!.User, next.At, next.Until));
    }

    [Fact]
    public void An_override_running_now_is_followed_by_whoever_the_rotation_has_when_it_ends()
    {
        var overrides = new List<OnCallOverride> { new(Guid.NewGuid(), "zoe", Paris(23, 10), Paris(24, 11), "ann") };

        var now = OnCallRotation.At(TwoPeopleDaily, overrides, Paris(23, 12));
        var next = OnCallRotation.Next(TwoPeopleDaily, overrides, now);

        Assert.Equal(("zoe", true), (now.User, now.Override));
        Assert.Equal(("bob", Paris(24, 11), false), (next!.User, next.At, next.Override));
    }

    [Fact]
    public void A_lone_person_on_call_has_nobody_next()
    {
        var alone = new DefineOnCallSchedule("Solo", "UTC", [new OnCallLayer("only", ["ann"], new DateTime(2026, 3, 23, 9, 0, 0), TimeSpan.FromDays(7))]);

        var now = OnCallRotation.At(alone, [], Paris(23, 12));

        Assert.Equal("ann", now.User);
        Assert.Null(OnCallRotation.Next(alone, [], now));
    }
}
