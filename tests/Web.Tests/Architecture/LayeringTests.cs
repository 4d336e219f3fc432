using System.Reflection;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Hosting.Cluster;
using NetArchTest.Rules;

namespace ItsmOrleans.Web.Tests.Architecture;

/// <summary>
/// The layers a newcomer is told about hold: contracts depend on nothing of ours; the domain's rules are plain C#;
/// grains hold state and rules without web or SQL plumbing; the web host talks to contracts, rules and hosting
/// services, never to grain implementations.
/// </summary>
public class LayeringTests
{
    private static readonly Assembly Contracts = typeof(IIncidentGrain).Assembly;
    private static readonly Assembly Domain = typeof(PriorityMatrix).Assembly;
    private static readonly Assembly Grains = typeof(ItsmOrleans.Grains.ItsmStorage).Assembly;
    private static readonly Assembly Hosting = typeof(ItsmSiloConfiguration).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    [Fact]
    public void The_web_host_uses_no_grain_implementation()
    {
        AssertHolds(Types.InAssembly(Web).ShouldNot().HaveDependencyOn("ItsmOrleans.Grains"));
    }

    [Fact]
    public void Contracts_depend_on_no_other_layer()
    {
        AssertHolds(Types.InAssembly(Contracts).ShouldNot()
            .HaveDependencyOnAny("ItsmOrleans.Domain", "ItsmOrleans.Grains", "ItsmOrleans.Hosting", "ItsmOrleans.Web", "Microsoft.AspNetCore"));
    }

    [Fact]
    public void Domain_rules_are_plain_code_without_orleans_storage_or_web()
    {
        AssertHolds(Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("Orleans", "ItsmOrleans.Grains", "ItsmOrleans.Hosting", "ItsmOrleans.Web", "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite", "System.Data"));
    }

    [Fact]
    public void Grains_hold_state_and_rules_without_web_or_sql_plumbing()
    {
        // Knowing that a database fault is worth a retry (DbException) is allowed; opening connections and running SQL is the hosting's.
        AssertHolds(Types.InAssembly(Grains).ShouldNot()
            .HaveDependencyOnAny("ItsmOrleans.Hosting", "ItsmOrleans.Web", "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite",
                "System.Data.Common.DbConnection", "System.Data.Common.DbCommand", "System.Data.Common.DbDataReader"));
    }

    [Fact]
    public void Hosting_serves_the_hosts_without_depending_on_the_web_host()
    {
        AssertHolds(Types.InAssembly(Hosting).ShouldNot().HaveDependencyOn("ItsmOrleans.Web"));
    }

    private static void AssertHolds(ConditionList rule)
    {
        var result = rule.GetResult();
        Assert.True(result.IsSuccessful, "These types break the layering: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
