namespace ItsmOrleans.Web.Tests.Cluster;

/// <summary>The cluster fault tests run one after another: each starts PostgreSQL and several hosts of its own.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterTests
{
    public const string Name = "local cluster";
}
