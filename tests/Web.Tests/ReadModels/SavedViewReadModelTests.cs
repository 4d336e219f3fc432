using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Views;
using ItsmOrleans.Hosting.Database;
using ItsmOrleans.Hosting.ReadModel;

namespace ItsmOrleans.Web.Tests.ReadModels;

/// <summary>The saved_views tables on both databases: own views and views shared with one's groups, in any case.</summary>
[Trait("Category", "Database")]
public class SavedViewReadModelTests(ReadModelDatabases databases) : IClassFixture<ReadModelDatabases>
{
    public static TheoryData<DatabaseProvider> Providers() => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_caller_sees_their_own_views_then_those_shared_with_their_groups_and_deleted_ones_leave(DatabaseProvider provider)
    {
        var views = new SqlSavedViewReadModel(databases.For(provider));
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (alice, bob) = ("alice-" + suffix, "bob-" + suffix);
        var network = "Network-" + suffix;
        var own = View(alice, "Zeta", []);
        var shared = View(bob, "Alpha", [network]);
        var unshared = View(bob, "Private", []);
        foreach (var view in new[] { own, shared, unshared })
        {
            await views.Upsert(view, CancellationToken.None);
        }

        var caller = new Caller(alice, [Role.Agent], [network.ToUpperInvariant()]);
        Assert.Equal(["Zeta", "Alpha"], (await views.Visible(caller, CancellationToken.None)).Select(v => v.Name));

        await views.Upsert(shared with { SharedWith = [], Version = 2 }, CancellationToken.None);
        await views.Upsert(shared with { Name = "Older write", Version = 1 }, CancellationToken.None);
        Assert.Equal(["Zeta"], (await views.Visible(caller, CancellationToken.None)).Select(v => v.Name));

        await views.Delete(own.Id, CancellationToken.None);
        Assert.Empty(await views.Visible(caller, CancellationToken.None));
    }

    private static SavedView View(string owner, string name, IReadOnlyList<string> groups) =>
        new(Guid.NewGuid(), owner, name, "open=true", null, [], groups, 1, DateTimeOffset.UnixEpoch);
}
