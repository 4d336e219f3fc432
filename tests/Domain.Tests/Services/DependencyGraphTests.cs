using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Domain.Tests.Services;

public class DependencyGraphTests
{
    private static DependencyGraph Graph(params (string From, string To)[] edges)
    {
        var graph = new DependencyGraph(new Dictionary<string, HashSet<string>>());
        foreach (var (from, to) in edges)
        {
            graph.Add(from, to);
        }

        return graph;
    }

    [Fact]
    public void An_edge_that_closes_a_cycle_is_reported_with_the_cycles_path()
    {
        var graph = Graph(("portal", "app"), ("app", "db"));
        Assert.Equal(["db", "portal", "app", "db"], graph.CycleIfAdded("db", "portal"));
    }

    [Fact]
    public void A_service_cannot_depend_on_itself()
    {
        Assert.Equal(["db", "db"], Graph().CycleIfAdded("db", "db"));
    }

    [Fact]
    public void Diamonds_are_not_cycles()
    {
        var graph = Graph(("portal", "app"), ("portal", "search"), ("app", "db"), ("search", "db"));
        Assert.Null(graph.CycleIfAdded("reports", "portal"));
        Assert.Null(graph.CycleIfAdded("search", "app"));
        Assert.Equal(["app", "search"], graph.Dependents("db"));
    }
}
