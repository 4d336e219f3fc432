namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>Alert intake in the administration console: the host's counters, read again when the admin clicks Refresh.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class AlertIntakeSectionTests(WebAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Events_posted_to_the_hub_show_in_the_counters_when_the_admin_clicks_refresh()
    {
        var (routingKey, _) = await Integrations.Define(App.Http, "Storage arrays", "Zabbix");
        var page = await OpenSignedIn("admin.html", "admin");
        await page.ClickAsync("[data-admin-section-link=alert-intake]");
        var accepted = page.Locator("[data-count=accepted]");
        await accepted.WaitForAsync(new() { Timeout = 15_000 });
        var acceptedBefore = await Count(page, "accepted");
        var deduplicatedBefore = await Count(page, "deduplicated");
        Assert.Equal(1, await page.Locator("[data-count=inFlight]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-count=queued]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-count=refused-keyRateLimited]").CountAsync());

        using var monitor = new HttpClient { BaseAddress = App.BaseAddress };
        foreach (var dedupKey in new[] { "array-1", "array-2", "array-1" })
        {
            using var sent = await monitor.PostAsJsonAsync("v2/enqueue", new
            {
                routing_key = routingKey,
                event_action = "trigger",
                dedup_key = dedupKey,
                payload = new { summary = "Array degraded", source = dedupKey, severity = "warning" },
            });
            Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        }

        // Counters are read when asked, not polled.
        Assert.Equal(acceptedBefore, await Count(page, "accepted"));
        await page.ClickAsync("[data-intake-refresh]");
        await page.WaitForFunctionAsync(
            "([accepted, deduplicated]) => Number(document.querySelector('[data-count=accepted]').textContent) >= accepted"
            + " && Number(document.querySelector('[data-count=deduplicated]').textContent) >= deduplicated",
            new[] { acceptedBefore + 3, deduplicatedBefore + 1 }, new() { Timeout = 15_000 });
        await Screenshot(page, "admin-alert-intake.png");
        Assert.Empty(await AxeFindings.Serious(page, "alert intake"));
    }

    private static async Task<long> Count(IPage page, string key) =>
        long.Parse(await page.Locator($"[data-count={key}]").InnerTextAsync(), CultureInfo.InvariantCulture);
}
