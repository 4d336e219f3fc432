using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Domain.Continuity;

namespace ItsmOrleans.Domain.Tests.Continuity;

public class PlanRulesTests
{
    private static readonly RecoveryStep Promote = new("Promote the standby database", "DBA on call", TimeSpan.FromMinutes(45));

    private static PlanContent Plan(IReadOnlyList<RecoveryStep>? steps = null, IReadOnlyList<string>? deciders = null, string criteria = "Site down 30 minutes", DateOnly? reviewBy = null) =>
        new("Site loss", "The primary site is lost", ["orders"], criteria, deciders ?? ["carla"], [], steps ?? [Promote], null, reviewBy ?? new DateOnly(2027, 6, 30));

    [Fact]
    public void A_plan_is_approved_only_once_it_can_be_followed()
    {
        GuardOf(Plan(steps: []), "steps");
        GuardOf(Plan(deciders: []), "decisionMakers");
        GuardOf(Plan(criteria: " "), "invocationCriteria");
        GuardOf(Plan() with { ReviewBy = null }, "reviewBy");

        PlanWorkflow.Table.EnsureAllowed(PlanStatus.Draft, PlanStatus.Approved, new PlanTransitionRequest(new MovePlan(PlanStatus.Approved), Plan()));
    }

    [Fact]
    public void Retiring_and_reinstating_need_a_reason_and_an_approved_plan_is_not_approved_twice()
    {
        GuardOf(Plan(), "notes", PlanStatus.Approved, PlanStatus.Retired);
        GuardOf(Plan(), "notes", PlanStatus.Retired, PlanStatus.Draft);
        Assert.Equal([PlanStatus.Retired], PlanWorkflow.Table.AllowedFrom(PlanStatus.Approved));
        Assert.Equal([PlanStatus.Draft], PlanWorkflow.Table.AllowedFrom(PlanStatus.Retired));
    }

    [Fact]
    public void Each_bad_part_of_a_plan_is_named_by_its_field()
    {
        var plan = Plan(steps: [Promote with { Owner = "", ExpectedDuration = TimeSpan.Zero }]) with
        {
            Title = "",
            ServiceIds = [],
            Contacts = [new PlanContact("", "Ana")],
            Fallback = new FallbackArrangement(""),
            ExerciseEveryMonths = 0,
        };

        var refused = Assert.Throws<DomainValidationException>(() => PlanRules.Validate(plan));

        Assert.Equal(
            ["contacts[0].role", "exerciseEveryMonths", "fallback.description", "serviceIds", "steps[0].expectedDuration", "steps[0].owner", "title"],
            refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_stored_plan_names_each_service_and_decision_maker_once_and_drops_an_empty_contract()
    {
        var stored = PlanRules.Normalise(Plan(deciders: ["carla", " Carla "]) with
        {
            ServiceIds = ["orders", "ORDERS ", "billing"],
            Fallback = new FallbackArrangement(" Secondary site ", " "),
        });

        Assert.Equal(["orders", "billing"], stored.ServiceIds);
        Assert.Equal(["carla"], stored.DecisionMakers);
        Assert.Equal(new FallbackArrangement("Secondary site"), stored.Fallback);
    }

    private static void GuardOf(PlanContent plan, string field, PlanStatus from = PlanStatus.Draft, PlanStatus to = PlanStatus.Approved)
    {
        var refused = Assert.Throws<DomainValidationException>(() =>
            PlanWorkflow.Table.EnsureAllowed(from, to, new PlanTransitionRequest(new MovePlan(to), plan)));
        Assert.True(refused.Errors.ContainsKey(field), $"expected '{field}', got {string.Join(", ", refused.Errors.Keys)}");
    }
}
