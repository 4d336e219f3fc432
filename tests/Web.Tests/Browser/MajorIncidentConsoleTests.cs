using System.Net;
using System.Net.Http.Json;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Testing;
using ItsmOrleans.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The major-incident console in real headless Chromium: post updates, watch the timeline change live.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class MajorIncidentConsoleTests(WebAppFixture app) : IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumLocator.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    [Fact]
    public async Task The_commander_posts_a_stakeholder_update_and_sees_a_child_incident_resolve_on_the_timeline_without_reloading()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Payments API down", assignee: "alice"));
        using var promoted = await app.Http.PostAsJsonAsync("api/major-incidents", new { title = "Payments outage", primaryIncidentId = incident.Id, commander = "carla" });
        await promoted.EnsureStatus(HttpStatusCode.Created);
        var view = (await promoted.Content.ReadFromJsonAsync<MajorIncidentView>(WireJson.Options))!;

        var (agent, password) = await Accounts.CreateUser(app, "agent");
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        await page.GotoAsync(new Uri(app.BaseAddress, "major.html").ToString());
        await page.Locator("[data-signin-form]").WaitForAsync(new() { Timeout = 15_000 });
        await page.FillAsync("#userName", agent);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });

        await page.ClickAsync($"[data-major='{view.Number}']");
        await page.Locator($"[data-detail][data-major='{view.Number}']").WaitForAsync(new() { Timeout = 10_000 });
        await page.FillAsync("[data-post-form] textarea", "Card payments failing over to the backup acquirer");
        await page.ClickAsync("[data-post-form] button[type=submit]");
        await page.Locator("[data-timeline] .kind-stakeholderUpdate").Filter(new() { HasText = "backup acquirer" }).WaitForAsync(new() { Timeout = 10_000 });

        foreach (var body in new object[] { new { to = "inProgress" }, new { to = "resolved", resolutionCode = "solvedPermanently", resolutionNotes = "Certificate renewed" } })
        {
            using var moved = await app.Http.PostAsJsonAsync($"api/incidents/{incident.Id}/transitions", body);
            await moved.EnsureStatus(HttpStatusCode.OK);
        }

        await page.Locator("[data-timeline] .kind-childChanged").Filter(new() { HasText = "resolved" }).WaitForAsync(new() { Timeout = 15_000 });

        var screenshots = RepositoryPaths.Combine("artifacts", "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "major-incidents.png") });
    }
}
