using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Escalations;

namespace ItsmOrleans.Domain.Tests.Escalations;

public class EscalationPlanTests
{
    [Fact]
    public void Levels_follow_each_other_then_the_policy_repeats_then_it_is_exhausted()
    {
        var steps = new List<(int, int)> { (0, 0) };
        while (EscalationPlan.Next(levels: 2, repeats: 1, steps[^1].Item1, steps[^1].Item2) is { } next)
        {
            steps.Add(next);
        }

        Assert.Equal([(0, 0), (1, 0), (0, 1), (1, 1)], steps);
    }

    [Fact]
    public void A_policy_without_levels_targets_or_a_sane_wait_is_refused_naming_each_problem()
    {
        var policy = new DefineEscalationPolicy(" ", [new EscalationLevel([], TimeSpan.FromSeconds(5)), new EscalationLevel([new EscalationTarget((EscalationTargetKind)9, "")], TimeSpan.FromDays(2))], 12, Priority.P2);
        var refused = Assert.Throws<DomainValidationException>(() => EscalationRules.Validate("Bad Id", policy, TimeSpan.FromMinutes(1)));
        Assert.Equal(
            ["id", "levels[0].escalateAfter", "levels[0].targets", "levels[1].escalateAfter", "levels[1].targets[0].id", "levels[1].targets[0].kind", "name", "repeats"],
            refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_schedule_needs_a_real_time_zone_users_and_a_turn_length()
    {
        var schedule = new DefineOnCallSchedule("DBA", "Mars/Olympus", [new OnCallLayer("primary", [], DateTime.UnixEpoch, TimeSpan.FromSeconds(10))]);
        var refused = Assert.Throws<DomainValidationException>(() => EscalationRules.Validate("dba", schedule));
        Assert.Equal(["layers[0].turnLength", "layers[0].users", "timeZone"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }
}
