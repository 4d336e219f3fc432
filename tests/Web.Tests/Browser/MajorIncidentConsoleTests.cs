using System.Net;
using System.Net.Http.Json;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Web.Tests.Infrastructure;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The major-incident console in real headless Chromium: post updates, watch the timeline change live.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class MajorIncidentConsoleTests(WebAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task The_commander_posts_a_stakeholder_update_and_sees_a_child_incident_resolve_on_the_timeline_without_reloading()
    {
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Payments API down", assignee: "alice"));
        using var promoted = await App.Http.PostAsJsonAsync("api/major-incidents", new { title = "Payments outage", primaryIncidentId = incident.Id, commander = "carla" });
        await promoted.EnsureStatus(HttpStatusCode.Created);
        var view = (await promoted.Content.ReadFromJsonAsync<MajorIncidentView>(WireJson.Options))!;

        var page = await OpenSignedIn("major.html", "agent");
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });

        await page.ClickAsync($"[data-major='{view.Number}']");
        await page.Locator($"[data-detail][data-major='{view.Number}']").WaitForAsync(new() { Timeout = 10_000 });
        await page.FillAsync("[data-post-form] textarea", "Card payments failing over to the backup acquirer");
        await page.ClickAsync("[data-post-form] button[type=submit]");
        await page.Locator("[data-timeline] .kind-stakeholderUpdate").Filter(new() { HasText = "backup acquirer" }).WaitForAsync(new() { Timeout = 10_000 });

        foreach (var body in new object[] { new { to = "inProgress" }, new { to = "resolved", resolutionCode = "solvedPermanently", resolutionNotes = "Certificate renewed" } })
        {
            using var moved = await App.Http.PostAsJsonAsync($"api/incidents/{incident.Id}/transitions", body);
            await moved.EnsureStatus(HttpStatusCode.OK);
        }

        await page.Locator("[data-timeline] .kind-childChanged").Filter(new() { HasText = "resolved" }).WaitForAsync(new() { Timeout = 15_000 });

        await Screenshot(page, "major-incidents.png");
    }
}
