using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Domain.Tests.Services;

public class ServiceHealthRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly ServiceHealth Fine = ServiceHealth.Operational(Now.AddHours(-1));

    [Theory]
    [InlineData(new Priority[0], ServiceStatus.Operational)]
    [InlineData(new[] { Priority.P5, Priority.P4 }, ServiceStatus.Operational)]
    [InlineData(new[] { Priority.P3 }, ServiceStatus.Degraded)]
    [InlineData(new[] { Priority.P4, Priority.P4, Priority.P4, Priority.P5 }, ServiceStatus.Degraded)]
    [InlineData(new[] { Priority.P2 }, ServiceStatus.PartialOutage)]
    [InlineData(new[] { Priority.P3, Priority.P3, Priority.P3, Priority.P3 }, ServiceStatus.PartialOutage)]
    [InlineData(new[] { Priority.P1 }, ServiceStatus.MajorOutage)]
    [InlineData(new[] { Priority.P2, Priority.P2, Priority.P2 }, ServiceStatus.MajorOutage)]
    public void Open_incidents_weighted_by_priority_set_a_services_own_status(Priority[] incidents, ServiceStatus expected) =>
        Assert.Equal(expected, ServiceHealthRules.Own(incidents));

    [Fact]
    public void A_service_in_trouble_names_itself_and_its_worst_incident_as_the_cause()
    {
        var health = ServiceHealthRules.Evaluate("db", "Database", [(Priority.P3, "INC0000007"), (Priority.P1, "INC0000042")], [], Fine, Now);
        Assert.Equal(ServiceStatus.MajorOutage, health.Status);
        Assert.Equal(new HealthCause("db", "Database", ServiceStatus.MajorOutage, "INC0000042"), health.Cause);
        Assert.Equal(Now, health.Since);
        Assert.Equal("Database is major outage: INC0000042", ServiceHealthRules.Describe("Database", health));
    }

    [Fact]
    public void A_dependency_in_trouble_leaves_the_dependent_degraded_and_carries_the_root_cause()
    {
        var database = ServiceHealthRules.Evaluate("db", "Database", [(Priority.P1, "INC0000042")], [], Fine, Now);
        var app = ServiceHealthRules.Evaluate("app", "Ordering", [], [database], Fine, Now);
        var portal = ServiceHealthRules.Evaluate("portal", "Web shop", [], [app], Fine, Now);

        Assert.Equal(ServiceStatus.Degraded, app.Status);
        Assert.Equal(ServiceStatus.Operational, app.Own);
        Assert.Equal(database.Cause, portal.Cause);
        Assert.Equal("Web shop is degraded because Database is in major outage: INC0000042", ServiceHealthRules.Describe("Web shop", portal));
    }

    [Fact]
    public void Its_own_worse_trouble_outranks_what_dependencies_pass_on()
    {
        var database = ServiceHealthRules.Evaluate("db", "Database", [(Priority.P1, "INC0000042")], [], Fine, Now);
        var app = ServiceHealthRules.Evaluate("app", "Ordering", [(Priority.P2, "INC0000050")], [database], Fine, Now);
        Assert.Equal(ServiceStatus.PartialOutage, app.Status);
        Assert.Equal("app", app.Cause!.ServiceId);
    }

    [Fact]
    public void Nothing_changes_when_nothing_changed_so_nothing_is_passed_on()
    {
        var first = ServiceHealthRules.Evaluate("db", "Database", [(Priority.P2, "INC1")], [], Fine, Now);
        var again = ServiceHealthRules.Evaluate("db", "Database", [(Priority.P2, "INC1")], [], first, Now.AddMinutes(5));
        Assert.Same(first, again);
    }

    [Fact]
    public void A_continuity_plan_invoked_for_a_service_or_for_what_it_depends_on_shows_in_its_health_and_its_sentence()
    {
        var database = ServiceHealthRules.Evaluate("db", "Database", [(Priority.P1, "INC0000042")], [], Fine, Now, invokedPlan: "BCP0000003");
        var shop = ServiceHealthRules.Evaluate("shop", "Web shop", [], [database], Fine, Now);

        Assert.Equal(("BCP0000003", "BCP0000003"), (database.ContinuityPlan, shop.ContinuityPlan));
        Assert.Equal("Web shop is degraded because Database is in major outage: INC0000042; continuity plan BCP0000003 invoked", ServiceHealthRules.Describe("Web shop", shop));

        var recovered = ServiceHealthRules.Evaluate("db", "Database", [(Priority.P1, "INC0000042")], [], database, Now.AddMinutes(5));
        Assert.Null(recovered.ContinuityPlan);
        Assert.Equal(database.Since, recovered.Since);
    }
}
