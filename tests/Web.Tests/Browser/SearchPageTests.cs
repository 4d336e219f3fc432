namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The search page in real headless Chromium: find a ticket, keep a view, and a live open list.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class SearchPageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly PageWaitForFunctionOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_agent_finds_a_ticket_by_a_word_of_its_description_and_the_row_links_to_the_ticket_page()
    {
        var word = SearchWords.Unique("zswd");
        var incident = await App.Http.CreateIncident(new { title = "Scanner offline", description = $"The <b>{word}</b> driver crashed", impact = "low", urgency = "low", requester = "sam" });
        await App.Http.CreateIncident(new { title = "Unrelated", description = "Nothing to see", impact = "low", urgency = "low", requester = "sam" });
        var hostile = new List<Contracts.Incidents.IncidentView>();
        foreach (var title in XssCorpus.Titles.Take(8))
        {
            hostile.Add(await App.Http.CreateIncident(new { title, description = $"Hostile {word}x", impact = "low", urgency = "low", requester = "sam" }));
        }

        var page = await OpenSignedIn("search.html", "agent");
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.FillAsync("[data-search] input[name=q]", word);
        await page.ClickAsync("[data-search] button[type=submit]");

        var row = page.Locator($"[data-results] tr[data-number='{incident.Number}']");
        await row.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(1, await page.Locator("[data-results] tr").CountAsync());
        Assert.Equal($"/ticket.html?id={incident.Id}", await row.Locator("a").First.GetAttributeAsync("href"));
        Assert.Equal(word, await row.Locator(".snippet mark").First.TextContentAsync());
        Assert.Contains($"<b>{word}</b> driver", await row.Locator(".snippet").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains($"q={word}", await page.Locator("[data-csv]").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Contains($"q={word}", page.Url, StringComparison.Ordinal);

        await page.FillAsync("[data-search] input[name=q]", word + "x");
        await page.ClickAsync("[data-search] button[type=submit]");
        foreach (var shown in hostile)
        {
            var hostileRow = page.Locator($"[data-results] tr[data-number='{shown.Number}']");
            await hostileRow.WaitForAsync(new() { Timeout = 10_000 });
            Assert.Contains(shown.Title.Trim(), await hostileRow.InnerTextAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await page.Locator("main img, main script, main svg, main iframe, main b, main a[href^='javascript']").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
    }

    [Fact]
    public async Task A_saved_view_shared_with_a_group_opens_again_with_its_search_and_can_be_deleted()
    {
        var word = SearchWords.Unique("zvwd");
        var group = "team-" + word;
        var incident = await App.Http.CreateIncident(new { title = $"VPN {word} drops", description = "Every hour", impact = "high", urgency = "high", requester = "sam" });
        var (user, password) = await Accounts.CreateUser(App, "agent", group);
        var page = await Browser.NewPageAsync(new() { TimezoneId = "UTC" });
        await page.GotoAsync(new Uri(App.BaseAddress, "search.html").ToString());
        await SignIn(page, user, password);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });

        await page.FillAsync("[data-search] input[name=q]", word);
        await page.SelectOptionAsync("[data-search] select[name=priority]", "P1");
        await page.ClickAsync("[data-search] button[type=submit]");
        await page.Locator($"[data-results] tr[data-number='{incident.Number}']").WaitForAsync(new() { Timeout = 10_000 });
        await page.ClickAsync(".columns summary");
        await page.CheckAsync("[data-column=assignmentGroup]");
        await page.FillAsync("[data-view-name]", $"P1 {word}");
        await page.CheckAsync($"[data-share='{group}']");
        await page.ClickAsync("[data-save-view]");
        await page.WaitForFunctionAsync("name => [...document.querySelectorAll('[data-views] option')].some(o => o.textContent === name)", $"P1 {word}", Soon);

        await page.GotoAsync(new Uri(App.BaseAddress, "search.html").ToString());
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        Assert.Equal("", await page.InputValueAsync("[data-search] input[name=q]"));
        await page.SelectOptionAsync("[data-views]", new SelectOptionValue { Label = $"P1 {word}" });
        await page.Locator($"[data-results] tr[data-number='{incident.Number}']").WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(word, await page.InputValueAsync("[data-search] input[name=q]"));
        Assert.Equal("P1", await page.InputValueAsync("[data-search] select[name=priority]"));
        Assert.True(await page.IsCheckedAsync($"[data-share='{group}']"));
        Assert.Contains("Group", await page.Locator("[data-result-head]").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshot(page, "search.png");

        await page.ClickAsync("[data-delete-view]");
        await page.WaitForFunctionAsync("name => ![...document.querySelectorAll('[data-views] option')].some(o => o.textContent === name)", $"P1 {word}", Soon);
    }

    [Fact]
    public async Task Tickets_raised_changed_and_cancelled_by_someone_else_appear_move_and_leave_the_open_list_without_a_reload()
    {
        var word = SearchWords.Unique("zlwd");
        var first = await App.Http.CreateIncident(new { title = $"Printer {word} jams", description = "Floor 2", impact = "low", urgency = "low", requester = "sam" });

        var page = await OpenSignedIn($"search.html?q={word}&open=true&sort=updated", "agent");
        await page.Locator("body[data-ready=true][data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        await page.Locator($"[data-results] tr[data-number='{first.Number}']").WaitForAsync(new() { Timeout = 10_000 });

        var second = await App.Http.CreateIncident(new { title = $"Scanner {word} jams", description = "Floor 3", impact = "low", urgency = "low", requester = "sam" });
        await page.WaitForFunctionAsync("n => document.querySelector('[data-results] tr')?.dataset.number === n", second.Number, Soon);

        using (var changed = await App.Http.Send(HttpMethod.Patch, $"api/incidents/{first.Id}", new { title = $"Printer {word} jams again" }))
        {
            await changed.EnsureStatus(HttpStatusCode.OK);
        }

        await page.WaitForFunctionAsync("n => document.querySelector('[data-results] tr')?.dataset.number === n", first.Number, Soon);
        await page.Locator($"[data-results] tr[data-number='{first.Number}']").Filter(new() { HasText = "jams again" }).WaitForAsync(new() { Timeout = 10_000 });

        using (var cancelled = await App.Http.Send(HttpMethod.Post, $"api/incidents/{first.Id}/transitions", new { to = "cancelled" }))
        {
            await cancelled.EnsureStatus(HttpStatusCode.OK);
        }

        await page.Locator($"[data-results] tr[data-number='{first.Number}']").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 15_000 });
        Assert.Equal(1, await page.Locator("[data-results] tr").CountAsync());
    }

    [Fact]
    public async Task A_requesters_list_shows_a_change_to_their_own_ticket_without_a_reload()
    {
        var word = SearchWords.Unique("zrwd");
        var (requester, password) = await Accounts.CreateUser(App, "requester");
        var own = await App.Http.CreateIncident(new { title = $"Monitor {word} flickers", description = "Desk 4", impact = "low", urgency = "low", requester });
        var page = await Browser.NewPageAsync(new() { TimezoneId = "UTC" });
        await page.GotoAsync(new Uri(App.BaseAddress, $"search.html?q={word}").ToString());
        await SignIn(page, requester, password);
        await page.Locator("body[data-ready=true][data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        var row = page.Locator($"[data-results] tr[data-number='{own.Number}']");
        await row.WaitForAsync(new() { Timeout = 10_000 });

        using (var changed = await App.Http.Send(HttpMethod.Patch, $"api/incidents/{own.Id}", new { title = $"Monitor {word} flickers and goes dark" }))
        {
            await changed.EnsureStatus(HttpStatusCode.OK);
        }

        await row.Filter(new() { HasText = "goes dark" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(1, await page.Locator("[data-results] tr").CountAsync());
    }
}
