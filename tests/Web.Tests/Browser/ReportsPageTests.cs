using ItsmOrleans.Web.Tests.Reports;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The reports page in real headless Chromium: the figures of tickets raised through the API, charts, CSV links and print.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class ReportsPageTests(WebAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_manager_sees_the_figures_of_the_tickets_charted_and_tabled_with_csv_links_and_prints_without_the_controls()
    {
        var group = "page-" + Guid.NewGuid().ToString("N")[..8];
        await ReportSeeding.Seed(App.Http, group);

        var page = await OpenSignedIn($"reports.html?days=7&assignmentGroup={group}", "change-manager");
        var failures = new List<string>();
        page.PageError += (_, error) => failures.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                failures.Add(message.Text);
            }
        };
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });

        async Task<string> Cell(string report, string row, string column) =>
            (await page.Locator($"[data-report='{report}'] tr[data-row='{row}'] td[data-column='{column}']").TextContentAsync())!;

        Assert.Equal("1", await Cell("mtta", "P1", "acknowledged"));
        Assert.Equal("1", await Cell("mtta", "P3", "acknowledged"));
        Assert.Equal("1", await Cell("mttr", "all", "resolved"));
        Assert.Equal("100", await Cell("sla-compliance", "all", "responsePercent"));
        Assert.Equal("2", await Cell("backlog", "under 1 day", "open"));
        Assert.Equal("3", await Cell("volume-by-service", "(none)", "opened"));
        Assert.Equal("2", await Cell("problem-sources", "(none)", "incidentsLinked"));
        Assert.Equal("Last 7 days", await page.Locator("[data-days][aria-pressed=true]").TextContentAsync());

        Assert.True(await page.Locator("[data-report] canvas").CountAsync() >= 6);
        var csv = await page.Locator("[data-report='mtta'] .report-links a").GetAttributeAsync("href");
        Assert.Contains("format=csv", csv, StringComparison.Ordinal);
        Assert.Contains($"assignmentGroup={group}", csv, StringComparison.Ordinal);

        await Screenshot(page, "reports.png");

        // A narrower filter shows other figures: only the P1 incident.
        await page.SelectOptionAsync("select[name=priority]", "P1");
        await page.ClickAsync("[data-controls] button[type=submit]");
        await page.Locator("[data-reports][data-loaded*='priority=P1']").WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal("1", await Cell("volume-by-service", "all", "opened"));
        Assert.Equal("0", await Cell("backlog", "all", "open"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".board-header").IsVisibleAsync());
        Assert.False(await page.Locator("[data-controls]").IsVisibleAsync());
        Assert.True(await page.Locator(".print-heading").IsVisibleAsync());
        Assert.Empty(failures);
    }
}
