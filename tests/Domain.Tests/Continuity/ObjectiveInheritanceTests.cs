using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Domain.Continuity;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Domain.Tests.Continuity;

public class ObjectiveInheritanceTests
{
    private static RecoveryObjectives Hours(double rto, double rpo) => new(TimeSpan.FromHours(rto), TimeSpan.FromHours(rpo), TimeSpan.FromHours(rto * 2));

    // payroll (business) → hr-app → database; web-shop (business) → orders → database; database has its own objectives.
    private static readonly DependencyGraph Graph = new(new Dictionary<string, HashSet<string>>
    {
        ["payroll"] = ["hr-app"],
        ["hr-app"] = ["database"],
        ["web-shop"] = ["orders"],
        ["orders"] = ["database"],
    });

    [Fact]
    public void A_dependency_must_meet_the_tightest_objectives_of_everything_above_it_and_is_flagged_when_it_does_not()
    {
        var own = new Dictionary<string, RecoveryObjectives?>
        {
            ["payroll"] = Hours(24, 4),
            ["web-shop"] = Hours(2, 0.25),
            ["hr-app"] = null,
            ["orders"] = Hours(1, 0.25),
            ["database"] = Hours(4, 1),
        };

        var checks = ObjectiveInheritance.Check(own, Graph).ToDictionary(c => c.ServiceId);

        var database = checks["database"];
        Assert.Equal((TimeSpan.FromHours(1), "orders"), (database.RequiredRto, database.RtoRequiredBy));
        Assert.Equal((TimeSpan.FromMinutes(15), "orders"), (database.RequiredRpo, database.RpoRequiredBy));
        Assert.True(database.RtoTooLong);
        Assert.True(database.RpoTooLong);

        Assert.Equal((TimeSpan.FromHours(24), "payroll"), (checks["hr-app"].RequiredRto, checks["hr-app"].RtoRequiredBy));
        Assert.False(checks["hr-app"].Inconsistent);
        Assert.False(checks["orders"].Inconsistent);
        Assert.Null(checks["web-shop"].RequiredRto);
    }

    [Fact]
    public void Objectives_flow_through_a_service_that_records_none_of_its_own()
    {
        var own = new Dictionary<string, RecoveryObjectives?> { ["payroll"] = Hours(8, 1), ["hr-app"] = null, ["database"] = Hours(12, 1) };

        var database = ObjectiveInheritance.Check(own, Graph).Single(c => c.ServiceId == "database");

        Assert.Equal((TimeSpan.FromHours(8), "payroll"), (database.RequiredRto, database.RtoRequiredBy));
        Assert.True(database.RtoTooLong);
        Assert.False(database.RpoTooLong);
    }
}
