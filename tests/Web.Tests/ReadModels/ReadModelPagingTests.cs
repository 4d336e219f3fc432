using ItsmOrleans.Contracts.Licences;
using ItsmOrleans.Hosting.Database;
using ItsmOrleans.Hosting.ReadModel;

namespace ItsmOrleans.Web.Tests.ReadModels;

/// <summary>The keyset pages the export reads the smaller lists with, on both databases.</summary>
[Trait("Category", "Database")]
public class ReadModelPagingTests(ReadModelDatabases databases) : IClassFixture<ReadModelDatabases>
{
    public static TheoryData<DatabaseProvider> Providers() => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Licences_page_by_id_each_once_until_a_page_comes_back_empty(DatabaseProvider provider)
    {
        var licences = new SqlLicenceReadModel(databases.For(provider));
        var prefix = "pg" + Guid.NewGuid().ToString("N")[..8];
        var ids = Enumerable.Range(1, 5).Select(n => $"{prefix}-{n}").ToList();
        foreach (var id in ids)
        {
            await licences.Upsert(new LicenceSummary(id, "Visio", "Microsoft", 5, 1, LicenceCompliance.Under, null, 1), CancellationToken.None);
        }

        var read = new List<string>();
        string? after = null;
        while (await licences.Page(after, 2, CancellationToken.None) is { Count: > 0 } page)
        {
            Assert.True(page.Count <= 2);
            read.AddRange(page.Select(l => l.Id));
            after = page[^1].Id;
        }

        Assert.Equal(ids, read.Where(id => id.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.Equal(read.Count, read.Distinct().Count());
    }
}
