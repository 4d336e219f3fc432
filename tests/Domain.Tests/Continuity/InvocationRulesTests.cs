using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Continuity;

namespace ItsmOrleans.Domain.Tests.Continuity;

public class InvocationRulesTests
{
    private static readonly DateTimeOffset Invoked = new(2026, 12, 8, 14, 0, 0, TimeSpan.Zero);

    private static readonly PlanContent Plan = new(
        "Site loss", "The primary site is lost", ["orders", "billing"], "Site down 30 minutes", ["carla"], [],
        [new("Promote the standby database", "DBA", TimeSpan.FromMinutes(45)), new("Switch DNS", "Network", TimeSpan.FromMinutes(30))],
        null, new DateOnly(2027, 6, 30));

    private static PlanInvocation Started(TimeSpan? rto = null) =>
        InvocationRules.Start(1, Plan, new InvokePlan("Primary site flooded"), "carla", Invoked, (rto ?? TimeSpan.FromHours(2), "orders"));

    [Fact]
    public void The_recovery_runs_against_the_tightest_rto_of_the_plans_services()
    {
        var tightest = InvocationRules.TightestRto([
            ("billing", new RecoveryObjectives(TimeSpan.FromHours(4), TimeSpan.Zero, TimeSpan.FromHours(8))),
            ("orders", new RecoveryObjectives(TimeSpan.FromHours(2), TimeSpan.Zero, TimeSpan.FromHours(8))),
            ("reports", null),
        ]);

        Assert.Equal((TimeSpan.FromHours(2), "orders"), tightest);
        Assert.Equal((null, null), InvocationRules.TightestRto([("reports", null)]));
    }

    [Fact]
    public void Only_an_approved_plan_not_already_invoked_is_invoked_and_only_with_a_reason()
    {
        Assert.True(Refused(() => InvocationRules.EnsureCanStart(PlanStatus.Draft, "BCP1", null, new InvokePlan("Flood"))).ContainsKey("status"));
        Assert.True(Refused(() => InvocationRules.EnsureCanStart(PlanStatus.Approved, "BCP1", Started(), new InvokePlan("Flood"))).ContainsKey("status"));
        Assert.True(Refused(() => InvocationRules.EnsureCanStart(PlanStatus.Approved, "BCP1", null, new InvokePlan(" "))).ContainsKey("reason"));
        InvocationRules.EnsureCanStart(PlanStatus.Approved, "BCP1", null, new InvokePlan("Flood"));
    }

    [Fact]
    public void Each_step_is_checked_off_once_with_who_and_when()
    {
        var done = InvocationRules.Complete(Started(), new CompleteStep(2, " DNS moved "), "dave", Invoked.AddMinutes(20));

        Assert.Equal((Invoked.AddMinutes(20), "dave", "DNS moved"), (done.Steps[1].DoneAt, done.Steps[1].DoneBy, done.Steps[1].Note));
        Assert.Null(done.Steps[0].DoneAt);
        Assert.True(Refused(() => InvocationRules.Complete(done, new CompleteStep(2), "erin", Invoked.AddMinutes(21))).ContainsKey("step"));
        Assert.True(Refused(() => InvocationRules.Complete(done, new CompleteStep(3), "erin", Invoked.AddMinutes(21))).ContainsKey("step"));
    }

    [Fact]
    public void The_rto_levels_come_in_order_and_each_once()
    {
        var (at80, reached) = InvocationRules.Advance(Started(), Invoked.AddMinutes(96));
        Assert.Equal([SlaLevel.Info, SlaLevel.Warning], reached);
        Assert.Equal(Invoked.AddMinutes(108), InvocationRules.NextDueAt(at80));

        var (_, again) = InvocationRules.Advance(at80, Invoked.AddMinutes(100));
        Assert.Empty(again);
        var (breached, late) = InvocationRules.Advance(at80, Invoked.AddHours(3));
        Assert.Equal([SlaLevel.Critical, SlaLevel.Breach], late);
        Assert.Null(InvocationRules.NextDueAt(breached));
    }

    [Fact]
    public void Ending_says_whether_the_rto_was_met_and_standing_down_needs_a_reason()
    {
        var inTime = InvocationRules.End(Started(), new EndInvocation(InvocationOutcome.Recovered), "carla", Invoked.AddMinutes(110));
        var late = InvocationRules.End(Started(), new EndInvocation(InvocationOutcome.Recovered), "carla", Invoked.AddMinutes(130));
        var untimed = InvocationRules.End(Started() with { Rto = null }, new EndInvocation(InvocationOutcome.Recovered), "carla", Invoked.AddMinutes(130));

        Assert.Equal((true, false, (bool?)null), (inTime.RtoMet, late.RtoMet, untimed.RtoMet));
        Assert.Equal(SlaLevel.Breach, late.Reached);
        Assert.False(inTime.Active);
        Assert.True(Refused(() => InvocationRules.End(Started(), new EndInvocation(InvocationOutcome.StoodDown), "carla", Invoked)).ContainsKey("notes"));
    }

    private static IReadOnlyDictionary<string, string[]> Refused(Action action) =>
        Assert.Throws<DomainValidationException>(action).Errors;
}
