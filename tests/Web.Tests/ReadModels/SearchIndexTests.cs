using ItsmOrleans.Domain.Search;
using ItsmOrleans.Hosting.Database;
using ItsmOrleans.Hosting.ReadModel;

namespace ItsmOrleans.Web.Tests.ReadModels;

/// <summary>The search index on both databases: the same documents in, the same records found, in the same order.</summary>
[Trait("Category", "Database")]
public class SearchIndexTests(ReadModelDatabases databases) : IClassFixture<ReadModelDatabases>
{
    private static readonly DateTimeOffset Day = new(2031, 5, 6, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<DatabaseProvider> Providers() => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    private static SearchDocument Incident(string group, int minutes, string title, string publicText = "", string internalText = "",
        string requester = "rita", int revision = 1, bool open = true, int priority = 3) =>
        new(SearchKinds.Incident, Guid.NewGuid(), $"INC{Random.Shared.Next(1_000_000, 9_999_999)}", title, "New", open, priority, "mail", group,
            null, requester, Day.AddMinutes(minutes), Day.AddMinutes(minutes), false, revision, publicText, internalText);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Words_are_found_stemmed_in_title_and_text_and_work_notes_only_by_those_who_may_read_them(DatabaseProvider provider)
    {
        var index = new SqlSearchIndex(databases.For(provider));
        var group = "grp-" + Guid.NewGuid().ToString("N")[..10];
        var titled = Incident(group, 1, "Mailbox quota exceeded for finance");
        var described = Incident(group, 2, "Users cannot send", publicText: "The mailboxes of finance are full since the migration");
        var noted = Incident(group, 3, "Printer jam", internalText: "Probably the finance mailbox relay again");
        var unrelated = Incident(group, 4, "VPN drops every hour");
        foreach (var document in new[] { titled, described, noted, unrelated })
        {
            await index.Upsert(document, CancellationToken.None);
        }

        var everyone = await index.Search(new SearchQuery("finance mailbox", AssignmentGroup: group), CancellationToken.None);
        Assert.Equal(new[] { titled.Id, described.Id }.Order(), everyone.Items.Select(h => h.Id).Order());
        Assert.Equal(titled.Id, everyone.Items[0].Id); // both words in the title weigh most

        var agents = await index.Search(new SearchQuery("finance mailbox", AssignmentGroup: group, Audience: SearchAudience.Full), CancellationToken.None);
        Assert.Equal(3, agents.Items.Count);
        Assert.Contains(agents.Items, h => h.Id == noted.Id);
        Assert.DoesNotContain(agents.Items, h => h.Id == unrelated.Id);

        var phrase = await index.Search(new SearchQuery("\"quota exceeded\"", AssignmentGroup: group), CancellationToken.None);
        Assert.Equal([titled.Id], phrase.Items.Select(h => h.Id));
        var either = await index.Search(new SearchQuery("vpn OR printer", AssignmentGroup: group), CancellationToken.None);
        Assert.Equal(new[] { noted.Id, unrelated.Id }.Order(), either.Items.Select(h => h.Id).Order());
        var excluding = await index.Search(new SearchQuery("finance -quota", AssignmentGroup: group), CancellationToken.None);
        Assert.Equal([described.Id], excluding.Items.Select(h => h.Id));
        var byNumber = await index.Search(new SearchQuery(titled.Number, Audience: SearchAudience.Full), CancellationToken.None);
        Assert.Equal([titled.Id], byNumber.Items.Select(h => h.Id));
        var typedInLowerCase = await index.Search(new SearchQuery(" " + titled.Number.ToLowerInvariant(), OnlyRequester: "rita"), CancellationToken.None);
        Assert.Equal([titled.Id], typedInLowerCase.Items.Select(h => h.Id));
        Assert.Empty((await index.Search(new SearchQuery(titled.Number, OnlyRequester: "sam"), CancellationToken.None)).Items);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Filters_narrow_the_search_a_stale_write_is_ignored_and_pages_follow_each_other_without_gaps(DatabaseProvider provider)
    {
        var index = new SqlSearchIndex(databases.For(provider));
        var group = "grp-" + Guid.NewGuid().ToString("N")[..10];
        var documents = Enumerable.Range(0, 25)
            .Select(i => Incident(group, i % 5, $"Disk alert {i}", requester: i % 2 == 0 ? "rita" : "sam", open: i % 3 != 0, priority: 1 + (i % 5)))
            .ToList();
        foreach (var document in documents)
        {
            await index.Upsert(document, CancellationToken.None);
        }

        await index.Upsert(documents[0] with { Title = "stale", Revision = 0 }, CancellationToken.None);

        var seen = new List<SearchHit>();
        string? after = null;
        do
        {
            var page = await index.Search(new SearchQuery(AssignmentGroup: group, Limit: 7, After: after), CancellationToken.None);
            seen.AddRange(page.Items);
            after = page.NextCursor;
        }
        while (after is not null);

        Assert.Equal(documents.Select(d => d.Id).Order(), seen.Select(h => h.Id).Order());
        Assert.Equal(seen.OrderByDescending(h => h.UpdatedAt).Select(h => h.UpdatedAt), seen.Select(h => h.UpdatedAt));
        Assert.Contains(seen, h => h.Id == documents[0].Id && h.Title == "Disk alert 0");

        var ranked = new List<SearchHit>();
        after = null;
        do
        {
            var page = await index.Search(new SearchQuery("disk alert", AssignmentGroup: group, Limit: 10, After: after), CancellationToken.None);
            ranked.AddRange(page.Items);
            after = page.NextCursor;
        }
        while (after is not null);

        Assert.Equal(25, ranked.Select(h => h.Id).Distinct().Count());

        var ritasOpenUrgent = await index.Search(new SearchQuery(AssignmentGroup: group, OnlyRequester: "rita", Open: true, Priorities: [1, 2],
            CreatedFrom: Day.AddMinutes(1), CreatedBefore: Day.AddMinutes(4)), CancellationToken.None);
        var expected = documents.Where(d => d.Requester == "rita" && d.IsOpen && d.Priority <= 2 && d.CreatedAt >= Day.AddMinutes(1) && d.CreatedAt < Day.AddMinutes(4));
        Assert.Equal(expected.Select(d => d.Id).Order(), ritasOpenUrgent.Items.Select(h => h.Id).Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Each_hit_carries_a_snippet_of_what_the_caller_may_read_with_the_matched_words_marked(DatabaseProvider provider)
    {
        var index = new SqlSearchIndex(databases.For(provider));
        var group = "grp-" + Guid.NewGuid().ToString("N")[..10];
        var document = Incident(group, 1, "Payroll run late", publicText: "The payroll batch for R&D stopped at step 4",
            internalText: "Payroll blocked by the zebra lock on the ledger table");
        await index.Upsert(document, CancellationToken.None);

        var everyone = Assert.Single((await index.Search(new SearchQuery("payroll", AssignmentGroup: group), CancellationToken.None)).Items);
        Assert.Contains("<mark>payroll</mark>", everyone.Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("R&amp;D", everyone.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("zebra", everyone.Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ledger", everyone.Snippet, StringComparison.OrdinalIgnoreCase);

        var agents = Assert.Single((await index.Search(new SearchQuery("zebra", AssignmentGroup: group, Audience: SearchAudience.Full), CancellationToken.None)).Items);
        Assert.Contains("<mark>zebra</mark>", agents.Snippet, StringComparison.Ordinal);

        var byTime = Assert.Single((await index.Search(new SearchQuery("batch", AssignmentGroup: group, Sort: SearchSort.Updated), CancellationToken.None)).Items);
        Assert.Contains("<mark>batch</mark>", byTime.Snippet, StringComparison.Ordinal);
        Assert.Null(Assert.Single((await index.Search(new SearchQuery(AssignmentGroup: group), CancellationToken.None)).Items).Snippet);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_phrase_finds_its_words_side_by_side_among_open_or_closed_records_and_only_in_text_the_caller_may_read(DatabaseProvider provider)
    {
        var index = new SqlSearchIndex(databases.For(provider));
        var group = "grp-" + Guid.NewGuid().ToString("N")[..10];
        var together = Incident(group, 1, "Shared printer rejects jobs", publicText: "The printer on dbtst06 says ERR-38031");
        var closed = Incident(group, 2, "Shared printer offline", open: false);
        var apart = Incident(group, 3, "Printer shared by finance", publicText: "The printer broken dbtst06 needs a visit");
        var noted = Incident(group, 4, "Jobs stuck", internalText: "Looks like the shared printer queue again");
        foreach (var document in new[] { together, closed, apart, noted })
        {
            await index.Upsert(document, CancellationToken.None);
        }

        async Task<IEnumerable<Guid>> Found(string words, bool? open = null, SearchAudience audience = SearchAudience.Public) =>
            (await index.Search(new SearchQuery(words, AssignmentGroup: group, Open: open, Audience: audience), CancellationToken.None)).Items.Select(h => h.Id).Order();

        Assert.Equal(new[] { together.Id, closed.Id }.Order(), await Found("\"shared printer\""));
        Assert.Equal(new[] { together.Id, closed.Id, noted.Id }.Order(), await Found("\"shared printer\"", audience: SearchAudience.Full));
        Assert.Equal([together.Id], await Found("\"shared printer\"", open: true));
        Assert.Equal([closed.Id], await Found("\"shared printer\"", open: false));
        Assert.Equal([together.Id], await Found("\"printer on dbtst06\""));
        Assert.Equal([together.Id], await Found("ERR-38031 printer"));
        Assert.Equal(new[] { together.Id, apart.Id }.Order(), await Found("printer dbtst06", open: true));
        Assert.Empty(await Found("\"finance printer\""));
    }
}
