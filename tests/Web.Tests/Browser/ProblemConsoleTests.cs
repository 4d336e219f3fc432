namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The problem console in real headless Chromium: record the analysis, publish a known error, find it.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class ProblemConsoleTests(WebAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task An_agent_records_the_workaround_publishes_the_known_error_and_finds_it_while_the_incident_shows_the_workaround()
    {
        var word = SearchWords.Unique("kqwd");
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Outlook freezes"));
        using var created = await App.Http.PostAsJsonAsync("api/problems", new { title = $"Outlook freezes {word}", incidentIds = new[] { incident.Id } });
        await created.EnsureStatus(HttpStatusCode.Created);
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString();

        var page = await OpenSignedIn("problems.html", "agent");
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });

        await page.ClickAsync($"[data-problem-number='{number}']");
        await page.Locator($"[data-rca][data-problem='{number}']").WaitForAsync(new() { Timeout = 10_000 });
        await page.FillAsync("[data-rca] textarea[name=workaround]", "Start Outlook in safe mode and disable the PDF add-in");
        await page.ClickAsync("[data-rca] button[type=submit]");
        await page.Locator("[data-known-error]").Filter(new() { HasText = "Publish" }).WaitForAsync(new() { Timeout = 10_000 });
        await page.ClickAsync("[data-known-error]");
        await page.Locator("[data-known-error]").Filter(new() { HasText = "Withdraw" }).WaitForAsync(new() { Timeout = 10_000 });

        await page.FillAsync("[data-search-form] input", $"{word} safe mode");
        await page.ClickAsync("[data-search-form] button");
        await page.Locator($"[data-problem-number='{number}'].known-error").WaitForAsync(new() { Timeout = 10_000 });

        var reread = await App.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{incident.Id}");
        Assert.Equal("Start Outlook in safe mode and disable the PDF add-in", reread.GetProperty("problem").GetProperty("workaround").GetString());
    }

    [Fact]
    public async Task An_agent_records_a_problem_from_incident_numbers_then_links_and_unlinks_incidents()
    {
        var title = "VPN drops " + Guid.NewGuid().ToString("N")[..8];
        var first = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "VPN drops every hour"));
        var second = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "VPN disconnects in Lyon"));

        var page = await OpenSignedIn("problems.html", "agent");
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.ClickAsync(".new-problem summary");
        await page.FillAsync("[data-new-problem] input[name=title]", title);
        await page.FillAsync("[data-new-problem] input[name=incidents]", $"{first.Number} · VPN drops every hour");
        await page.ClickAsync("[data-new-problem] button[type=submit]");
        await page.Locator($"[data-unlink='{first.Number}']").WaitForAsync(new() { Timeout = 10_000 });

        await page.FillAsync("[data-link-incidents]", second.Number);
        await page.ClickAsync("[data-link]");
        await page.Locator($"[data-unlink='{second.Number}']").WaitForAsync(new() { Timeout = 10_000 });
        await page.ClickAsync($"[data-unlink='{first.Number}']");
        await page.Locator($"[data-unlink='{first.Number}']").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });

        await page.FillAsync("[data-link-incidents]", "INC0000000, " + second.Number);
        await page.ClickAsync("[data-link]");
        await page.Locator("p[data-problem]").Filter(new() { HasText = "No incident INC0000000" }).WaitForAsync(new() { Timeout = 10_000 });

        var problems = await App.Http.GetFromJsonAsync<JsonElement>("api/problems");
        var problem = problems.EnumerateArray().Single(p => p.GetProperty("title").GetString() == title);
        var view = await App.Http.GetFromJsonAsync<JsonElement>($"api/problems/{problem.GetProperty("id").GetString()}");
        Assert.Equal([second.Number], view.GetProperty("incidents").EnumerateArray().Select(i => i.GetProperty("number").GetString()));
        var unlinked = await App.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{first.Id}");
        Assert.Equal(JsonValueKind.Null, unlinked.GetProperty("problem").ValueKind);
    }
}
