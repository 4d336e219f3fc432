using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;

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
        var (view, page) = await PromoteAndOpen("Payments outage", incident);
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

    [Fact]
    public async Task The_commander_runs_the_major_incident_from_the_console_to_a_closed_review()
    {
        var primary = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Checkout times out", assignee: "alice"));
        var related = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Basket page slow"));
        var (view, page) = await PromoteAndOpen("Checkout outage", primary);

        await page.FillAsync("[data-child-form] input", related.Number.ToLowerInvariant());
        await page.ClickAsync("[data-child-form] button");
        await page.Locator($"[data-remove-child='{related.Number}']").WaitForAsync(new() { Timeout = 10_000 });
        await page.FillAsync("[data-commander-form] input", "dmitri");
        await page.ClickAsync("[data-commander-form] button");
        await page.Locator("[data-facts] dd").Filter(new() { HasText = "dmitri" }).WaitForAsync(new() { Timeout = 10_000 });
        await page.FillAsync("[data-cadence-form] input", "45");
        await page.ClickAsync("[data-cadence-form] button");
        await page.Locator("[data-facts] dd").Filter(new() { HasText = "00:45:00" }).WaitForAsync(new() { Timeout = 10_000 });

        await page.FillAsync("[data-child-form] input", "INC9999999");
        await page.ClickAsync("[data-child-form] button");
        await page.Locator("p[data-problem]").Filter(new() { HasText = "No incident INC9999999" }).WaitForAsync(new() { Timeout = 10_000 });

        await page.ClickAsync("[data-move=resolved]");
        await page.Locator("p[data-problem]").Filter(new() { HasText = "Say how service was restored" }).WaitForAsync(new() { Timeout = 10_000 });
        await page.FillAsync("[data-move-note]", "Pool size raised and config rolled back");
        await page.ClickAsync("[data-move=resolved]");
        await page.ClickAsync("[data-move=review]");
        await page.Locator("[data-review-section]:not([hidden])").WaitForAsync(new() { Timeout = 10_000 });
        await page.FillAsync("[data-review-form] textarea[name=summary]", "Checkout failed for 40 minutes");
        await page.FillAsync("[data-review-form] textarea[name=rootCause]", "Connection pool exhausted after a config push");
        await page.FillAsync("[data-review-form] textarea[name=impact]", "About 1,200 orders delayed");
        await page.FillAsync("[data-review-form] textarea[name=actions]", "Alert on pool saturation | ops-team | 2026-12-31\nReview config push process | carla");
        await page.ClickAsync("[data-move=closed]");
        await page.Locator("p[data-problem]").Filter(new() { HasText = "post-incident review" }).WaitForAsync(new() { Timeout = 10_000 });
        await page.CheckAsync("[data-review-form] input[name=timelineConfirmed]");
        await page.ClickAsync("[data-review-form] button[type=submit]");
        await page.Locator("[data-timeline] .kind-reviewRecorded").WaitForAsync(new() { Timeout = 10_000 });
        await page.ClickAsync("[data-move=closed]");
        await page.Locator("[data-facts] dd").Filter(new() { HasText = "closed" }).WaitForAsync(new() { Timeout = 10_000 });

        var closed = (await App.Http.GetFromJsonAsync<MajorIncidentView>($"api/major-incidents/{view.Id}", WireJson.Options))!;
        Assert.Equal(MajorIncidentStatus.Closed, closed.Status);
        Assert.Equal("dmitri", closed.Commander);
        Assert.Equal(TimeSpan.FromMinutes(45), closed.UpdateCadence);
        Assert.Equal([primary.Number, related.Number], closed.Children.Select(c => c.Number).Order());
        Assert.Equal(
            [new FollowUpAction("Alert on pool saturation", "ops-team", new DateOnly(2026, 12, 31)), new FollowUpAction("Review config push process", "carla", null)],
            closed.Review!.Actions);
        Assert.True(closed.Review.TimelineConfirmed);
    }

    /// <summary>Carla commands a major incident over the primary one; an agent opens it in the console.</summary>
    private async Task<(MajorIncidentView View, IPage Page)> PromoteAndOpen(string title, IncidentView primary)
    {
        using var promoted = await App.Http.PostAsJsonAsync("api/major-incidents", new { title, primaryIncidentId = primary.Id, commander = "carla" });
        await promoted.EnsureStatus(HttpStatusCode.Created);
        var view = (await promoted.Content.ReadFromJsonAsync<MajorIncidentView>(WireJson.Options))!;

        var page = await OpenSignedIn("major.html", "agent");
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        await page.ClickAsync($"[data-major='{view.Number}']");
        await page.Locator($"[data-detail][data-major='{view.Number}']").WaitForAsync(new() { Timeout = 10_000 });
        return (view, page);
    }
}
