using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Domain.Continuity;

namespace ItsmOrleans.Domain.Tests.Continuity;

public class ContinuityReportingTests
{
    private static readonly DateOnly Today = new(2026, 12, 8);
    private static readonly DateTimeOffset Invoked = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private static ContinuityPlanView Plan(string number, PlanStatus status, string[] services, DateOnly? reviewBy = null, params PlanInvocation[] invocations) => new(
        Guid.NewGuid(), number, new PlanContent(number + " plan", "Site loss", services, "Down", ["carla"], [], [], null, reviewBy ?? Today.AddMonths(6)),
        status, status == PlanStatus.Approved ? 1 : 0, null, null, TimeSpan.Zero, Invoked, Invoked, 1, 1, [], invocations);

    private static PlanInvocation Ended(int number, TimeSpan took, InvocationOutcome outcome, bool? met) =>
        new(number, Invoked, "carla", "Flood", null, TimeSpan.FromHours(2), "orders", [], EndedAt: Invoked + took, Outcome: outcome, RtoMet: met);

    [Fact]
    public void It_names_services_no_approved_plan_covers_the_plans_due_and_how_recoveries_went()
    {
        var plans = new[]
        {
            Plan("BCP1", PlanStatus.Approved, ["orders"], null, Ended(1, TimeSpan.FromMinutes(90), InvocationOutcome.Recovered, true), Ended(2, TimeSpan.FromHours(3), InvocationOutcome.Recovered, false)),
            Plan("BCP2", PlanStatus.Draft, ["billing"], Today.AddDays(-1)),
            Plan("BCP3", PlanStatus.Retired, ["wiki"], Today.AddDays(-30), Ended(1, TimeSpan.FromMinutes(5), InvocationOutcome.StoodDown, null)),
        };

        var report = ContinuityReporting.Build([("orders", "Orders"), ("billing", "Billing"), ("wiki", "Wiki")], plans, Today);

        Assert.Equal([("billing", "BCP2"), ("wiki", null)], report.ServicesWithoutPlan.Select(s => (s.ServiceId, s.Drafts.Count > 0 ? s.Drafts[0] : null)));
        Assert.Equal([("BCP1", false, true), ("BCP2", true, false)], report.PlansDue.Select(p => (p.Number, p.ReviewOverdue, p.ExerciseOverdue)));
        Assert.Equal((1, 1), (report.RtoMet, report.RtoMissed));
        Assert.Equal(3, report.Recoveries.Count);
        Assert.Contains(report.Recoveries, r => r is { Number: "BCP3", Outcome: InvocationOutcome.StoodDown, RtoMet: null });
    }
}
