using Deque.AxeCore.Playwright;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>
/// Every page of wwwroot in the one page shell: skip link, navigation for the caller's role, who is signed in and
/// sign-out, the major-incident banner and the notices; each passes axe-core without serious or critical findings, and
/// every control on show is in the tab order.
/// The pages are read from the folder, so a new page is covered without editing this test.
/// </summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class PageShellTests(WebAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Every_page_has_the_shell_with_the_banner_and_notices_and_passes_axe_core()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Shell probe " + suffix, assignee: "alice"));
        using (var promoted = await App.Http.PostAsJsonAsync("api/major-incidents", new { title = "Shell outage " + suffix, primaryIncidentId = incident.Id, commander = "carla" }))
        {
            await promoted.EnsureStatus(HttpStatusCode.Created);
        }

        using (var licence = await App.Http.PutAsJsonAsync($"api/licences/shell-{suffix}", new { product = "Shell suite " + suffix, vendor = "Probe", entitlements = 0 }))
        {
            await licence.EnsureStatus(HttpStatusCode.OK);
        }

        using (var seat = await App.Http.PostAsJsonAsync($"api/licences/shell-{suffix}/assignments", new { assignee = "ann" }))
        {
            await seat.EnsureStatus(HttpStatusCode.OK);
        }

        var page = await OpenSignedIn("", "admin");
        await page.Locator("body[data-shell=ready]").WaitForAsync(new() { Timeout = 20_000 });
        var findings = new List<string>();
        var report = new List<string> { "| page | rules passed | critical | serious | moderate | minor | rules broken |", "| --- | --- | --- | --- | --- | --- | --- |" };
        foreach (var path in Pages(incident.Id))
        {
            await page.GotoAsync(new Uri(App.BaseAddress, path).ToString());
            await page.Locator("body[data-shell=ready]").WaitForAsync(new() { Timeout = 20_000 });
            Assert.Equal("Skip to content", await page.Locator("a.skip-link").InnerTextAsync());
            Assert.True(await page.Locator("main#main").CountAsync() == 1, $"{path} has no main#main for its skip link");
            Assert.Equal(1, await page.Locator("header[data-shell] .sign-out button").CountAsync());
            Assert.Contains("Data tools", await page.Locator("header [aria-label=Pages]").InnerTextAsync(), StringComparison.Ordinal);
            await page.Locator("[data-major-banner]").Filter(new() { HasText = "Shell outage " + suffix }).WaitForAsync(new() { Timeout = 15_000 });
            await page.Locator("[data-notices] [data-notice]").Filter(new() { HasText = "Shell suite " + suffix }).WaitForAsync(new() { Timeout = 15_000 });
            if (await page.Locator("header[data-shell][data-live]").CountAsync() > 0)
            {
                // Until a live page is live it dims what may be stale on purpose; it is judged as people work with it.
                await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 15_000 });
            }

            // Colours are judged once fades and flashes (going live, a row arriving) have ended; endless pulses are part of the page.
            await page.WaitForFunctionAsync(
                "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)",
                null, new() { Timeout = 15_000 });

            var unreachable = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll("a[href], button, input, select, textarea, summary, [role=button], [role=link]")]
                  .filter((control) => control.offsetParent !== null && !control.disabled && control.closest("[inert]") === null && control.tabIndex < 0)
                  .map((control) => control.outerHTML.slice(0, 80))
                """);
            findings.AddRange(unreachable.Select(control => $"{path}: not reachable by keyboard: {control}"));
            var axe = await page.RunAxe();
            findings.AddRange(AxeFindings.Serious(axe, path));
            report.Add(AxeFindings.ReportRow(axe, path));
        }

        // The figures the accessibility record in docs/ quotes, from the last run.
        Directory.CreateDirectory(RepositoryPaths.Combine("artifacts"));
        await File.WriteAllLinesAsync(RepositoryPaths.Combine("artifacts", "accessibility.md"), report);

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public async Task The_noc_sees_only_its_pages_and_signing_out_by_clicking_ends_the_session()
    {
        var page = await OpenSignedIn("", "noc");
        await page.Locator("body[data-shell=ready]").WaitForAsync(new() { Timeout = 20_000 });
        var links = await page.Locator("header [aria-label=Pages] a").AllInnerTextsAsync();
        Assert.Contains("NOC board", links);
        Assert.DoesNotContain("Data tools", links);
        Assert.Equal("NOC board", await page.Locator("header [aria-current=page]").InnerTextAsync());

        await page.ClickAsync("header .sign-out button");
        await page.Locator("[data-signin-form]").WaitForAsync(new() { Timeout = 15_000 });
        await page.GotoAsync(App.BaseAddress.ToString());
        await page.Locator("[data-signin-form]").WaitForAsync(new() { Timeout = 15_000 });
    }

    /// <summary>Every page in wwwroot; the ticket page opens a real incident.</summary>
    private static IEnumerable<string> Pages(Guid incidentId) =>
        Directory.GetFiles(RepositoryPaths.Combine("web", "wwwroot"), "*.html")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(file => file switch
            {
                "index.html" => "",
                "ticket.html" => $"ticket.html?id={incidentId}",
                _ => file!,
            });
}
