namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The service map in real headless Chromium: health colours and causes move live along dependencies.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class ServiceMapPageTests(WebAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task An_outage_turns_its_service_red_and_its_dependents_degraded_with_the_cause_live_and_back()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (shop, orders, database) = ($"shop-{suffix}", $"orders-{suffix}", $"db-{suffix}");
        await Define(shop, "Web shop " + suffix);
        await Define(orders, "Orders " + suffix);
        await Define(database, "Orders database " + suffix);
        await Depend(shop, orders);
        await Depend(orders, database);

        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        var (noc, password) = await Accounts.CreateUser(App, "noc");
        await page.GotoAsync(new Uri(App.BaseAddress, "services.html").ToString());
        await SignIn(page, noc, password);
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        foreach (var id in new[] { shop, orders, database })
        {
            await Row(page, id, "operational").WaitForAsync(new() { Timeout = 10_000 });
        }

        var operationalColour = await NodeColour(page, shop);
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Primary is down", service: database, impact: "high", urgency: "high", assignee: "dana"));

        await Row(page, database, "majorOutage").WaitForAsync(new() { Timeout = 15_000 });
        await Row(page, shop, "degraded").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal($"degraded because Orders database {suffix} is in major outage: {incident.Number}",
            await Row(page, shop, "degraded").Locator(".cause").InnerTextAsync());
        Assert.NotEqual(operationalColour, await NodeColour(page, shop));
        Assert.Equal(await NodeColour(page, orders), await NodeColour(page, shop));

        await page.Locator($"tr[data-service-id='{orders}'] button").ClickAsync();
        var details = page.Locator($"[data-service-details][data-service-id='{orders}']");
        await details.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Contains(shop, await details.InnerTextAsync(), StringComparison.Ordinal);
        await Screenshot(page, "service-map.png");

        using (var resolving = await App.Http.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/transitions", new { to = "inProgress" }))
        {
            await resolving.EnsureStatus(HttpStatusCode.OK);
        }

        using (var resolved = await App.Http.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/transitions",
            new { to = "resolved", resolutionCode = "solvedPermanently", resolutionNotes = "Failed over" }))
        {
            await resolved.EnsureStatus(HttpStatusCode.OK);
        }

        await Row(page, shop, "operational").WaitForAsync(new() { Timeout = 15_000 });
        await Row(page, database, "operational").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(operationalColour, await NodeColour(page, shop));
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Coloured_by_risk_a_service_with_an_open_critical_risk_stands_out_and_its_row_says_why()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (payroll, wiki) = ($"payroll-{suffix}", $"wiki-{suffix}");
        await Define(payroll, "Payroll " + suffix);
        await Define(wiki, "Wiki " + suffix);
        var (owner, _) = await Accounts.CreateUser(App, "change-manager");
        using (var risk = await App.Http.PostAsJsonAsync("api/risks", new
        {
            title = "Payroll on an unsupported database", category = "technology", owner,
            links = new { serviceIds = new[] { payroll } }, inherent = new { impact = 5, likelihood = 4 },
        }))
        {
            await risk.EnsureStatus(HttpStatusCode.Created);
        }

        var page = await OpenSignedIn("services.html", "noc");
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        await Row(page, payroll, "operational").WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(await NodeColour(page, wiki), await NodeColour(page, payroll));

        await page.SelectOptionAsync("[data-colour-by]", "risk");
        await page.Locator("body[data-coloured-by=risk]").WaitForAsync(new() { Timeout = 10_000 });

        Assert.Equal("critical (20), 1 open", await page.Locator($"tr[data-service-id='{payroll}'] td.risk").InnerTextAsync());
        Assert.Equal("", await page.Locator($"tr[data-service-id='{wiki}'] td.risk").InnerTextAsync());
        Assert.NotEqual(await NodeColour(page, wiki), await NodeColour(page, payroll));
    }

    private static ILocator Row(IPage page, string id, string status) => page.Locator($"tr[data-service-id='{id}'][data-status='{status}']");

    /// <summary>The node's drawn fill, read from the graph library's own style of the node.</summary>
    private static Task<string> NodeColour(IPage page, string id) =>
        page.EvaluateAsync<string>("id => document.querySelector('[data-graph]')._cyreg.cy.getElementById(id).style('background-color')", id);

    private async Task Define(string id, string name)
    {
        using var response = await App.Http.PutAsJsonAsync($"api/services/{id}", new { name, kind = "technical", criticality = 2 });
        await response.EnsureStatus(HttpStatusCode.OK);
    }

    private async Task Depend(string id, string on)
    {
        using var response = await App.Http.PutAsync($"api/services/{id}/dependencies/{on}", null);
        await response.EnsureStatus(HttpStatusCode.OK);
    }
}
