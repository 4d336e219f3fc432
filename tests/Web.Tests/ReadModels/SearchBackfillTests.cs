using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Search;
using ItsmOrleans.Hosting.Database;
using ItsmOrleans.Hosting.ReadModel;

namespace ItsmOrleans.Web.Tests.ReadModels;

/// <summary>
/// An upgraded database: service requests, changes, problems and services listed before search existed are found
/// after 220_search_backfill, and their grains' later writes still replace what it wrote.
/// </summary>
[Trait("Category", "Database")]
public class SearchBackfillTests(ReadModelDatabases databases) : IClassFixture<ReadModelDatabases>
{
    private static readonly DateTimeOffset Day = new(2031, 7, 1, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<DatabaseProvider> Providers() => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Records_listed_before_search_existed_are_found_by_their_words_after_the_upgrade(DatabaseProvider provider)
    {
        var database = databases.For(provider);
        var word = SearchWords.Unique("zbwd");
        var request = new ServiceRequestSummary(Guid.NewGuid(), Number("REQ"), $"Laptop {word}", ServiceRequestStatus.InFulfilment,
            "Rita", "Sam", "desktop", null, Day, 3);
        var change = new ChangeSummary(Guid.NewGuid(), Number("CHG"), ChangeType.Normal, ChangeStatus.Closed, $"Patch {word} relays", "mail",
            "erin", new ChangeWindow(Day, Day.AddHours(2)), RiskLevel.Low, [], 0, null, Day.AddHours(1), 4, 4);
        var problem = new ProblemSummary(Guid.NewGuid(), Number("PRB"), "Payslips blank", ProblemStatus.RootCauseAnalysis, "payroll",
            $"Fonts missing in {word}", null, "Install the fonts locally", true, 0, Day.AddHours(2), 5, 5);
        var serviceKey = $"payroll-{word}";
        var service = new ServiceSummary(serviceKey, $"Payroll {word}", ServiceKind.Business, 2, "payroll-team", [], ServiceHealth.Operational(Day), 7);
        await new SqlServiceRequestReadModel(database).Upsert(request, CancellationToken.None);
        await new SqlChangeReadModel(database).Upsert(change, CancellationToken.None);
        await new SqlProblemReadModel(database).Upsert(problem, CancellationToken.None);
        await new SqlServiceReadModel(database).Upsert(service, CancellationToken.None);
        var index = new SqlSearchIndex(database);
        Assert.Empty((await index.Search(new SearchQuery(word, Audience: SearchAudience.Full), CancellationToken.None)).Items);

        await Upgrade(database, provider);

        var found = (await index.Search(new SearchQuery(word, Audience: SearchAudience.Full), CancellationToken.None)).Items;
        Assert.Equal(
            new[] { (SearchKinds.Change, change.Id), (SearchKinds.Problem, problem.Id), (SearchKinds.Service, ServiceSearchId.Of(serviceKey)), (SearchKinds.ServiceRequest, request.Id) },
            found.Select(h => (h.Kind, h.Id)).Order());
        var changeHit = found.Single(h => h.Kind == SearchKinds.Change);
        Assert.Equal((change.Number, change.Title, "Closed", false, "mail", "erin"), (changeHit.Number, changeHit.Title, changeHit.Status, changeHit.IsOpen, changeHit.ServiceId, changeHit.Assignee));
        Assert.Equal(change.UpdatedAt, changeHit.UpdatedAt);
        var requestHit = found.Single(h => h.Kind == SearchKinds.ServiceRequest);
        Assert.Equal((request.Number, "InFulfilment", true, "desktop"), (requestHit.Number, requestHit.Status, requestHit.IsOpen, requestHit.AssignmentGroup));
        var serviceHit = found.Single(h => h.Kind == SearchKinds.Service);
        Assert.Equal((serviceKey, service.Name, "Business", serviceKey, "payroll-team"), (serviceHit.Number, serviceHit.Title, serviceHit.Status, serviceHit.ServiceId, serviceHit.AssignmentGroup));

        Assert.Equal([problem.Id], await Found(index, new SearchQuery("locally fonts", Kinds: [SearchKinds.KnownError], ServiceId: "payroll")));
        Assert.Equal([request.Id], await Found(index, new SearchQuery(word, Kinds: [SearchKinds.ServiceRequest], OnlyRequester: "Sam")));
        Assert.Equal([request.Id], await Found(index, new SearchQuery(word, Kinds: [SearchKinds.ServiceRequest], OnlyRequester: "Rita")));
        Assert.Equal([change.Id], await Found(index, new SearchQuery(change.Number, Audience: SearchAudience.Full)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_grain_writing_its_document_after_the_upgrade_replaces_the_backfilled_one_and_a_document_already_there_is_kept(DatabaseProvider provider)
    {
        var database = databases.For(provider);
        var word = SearchWords.Unique("zcwd");
        var rewritten = new ChangeSummary(Guid.NewGuid(), Number("CHG"), ChangeType.Normal, ChangeStatus.New, $"Move {word} storage", null,
            null, null, null, [], 0, null, Day, 1, 1);
        var indexed = rewritten with { Id = Guid.NewGuid(), Number = Number("CHG"), Title = $"Rack {word} cabling" };
        var changes = new SqlChangeReadModel(database);
        await changes.Upsert(rewritten, CancellationToken.None);
        await changes.Upsert(indexed, CancellationToken.None);
        var index = new SqlSearchIndex(database);
        await index.Upsert(Document(indexed, $"Rack {word} cabling", $"Already indexed {word}plans"), CancellationToken.None);

        await Upgrade(database, provider);
        await index.Upsert(Document(rewritten, $"Move {word} storage", $"Copy the {word}volumes overnight"), CancellationToken.None);

        Assert.Equal([rewritten.Id], await Found(index, new SearchQuery($"{word}volumes", Audience: SearchAudience.Full)));
        Assert.Equal([indexed.Id], await Found(index, new SearchQuery($"{word}plans", Audience: SearchAudience.Full)));
        Assert.Equal(2, (await index.Search(new SearchQuery(word, Audience: SearchAudience.Full), CancellationToken.None)).Items.Count);
    }

    private static SearchDocument Document(ChangeSummary change, string title, string text) =>
        new(SearchKinds.Change, change.Id, change.Number, title, "New", true, null, null, null, null, "rita", Day, Day.AddMinutes(5), false, 1, text, "");

    private static async Task<Guid[]> Found(SqlSearchIndex index, SearchQuery query) =>
        [.. (await index.Search(query, CancellationToken.None)).Items.Select(h => h.Id)];

    private static string Number(string prefix) => $"{prefix}{Random.Shared.NextInt64(10_000_000, 99_999_999)}";

    /// <summary>Runs the upgrade script again over rows written after the fixture's migration, as an upgrade over old rows would.</summary>
    private static async Task Upgrade(ItsmDatabase database, DatabaseProvider provider)
    {
        var dialect = provider == DatabaseProvider.PostgreSql ? "postgresql" : "sqlite";
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = await File.ReadAllTextAsync(RepositoryPaths.Combine("deploy", "sql", dialect, "220_search_backfill.sql"));
        await command.ExecuteNonQueryAsync();
    }
}
