using System.Text;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The data tools page in real headless Chromium: a CSV dry run then import, the import kinds with their columns, an SLA repair preview, the export link.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class DataToolsPageTests(WebAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task An_admin_checks_a_csv_sees_the_rejected_rows_imports_the_rest_and_previews_an_sla_repair()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: $"Repair me {tag}"));
        var page = await OpenSignedIn("data.html", "admin");
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });

        var csv = $"externalId,title,impact,urgency\n{tag}-1,Kiosk frozen <b>{tag}</b>,low,low\n{tag}-2,,low,low\n";
        await page.SetInputFilesAsync("[data-import-form] input[type=file]",
            new FilePayload { Name = "tickets.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("[data-import-form] button[type=submit]");
        await page.Locator("[data-import-summary][data-state=checked]").WaitForAsync(new() { Timeout = 10_000 });
        var rejected = await page.Locator("[data-import-rejected] tr[data-row='3']").InnerTextAsync();
        await page.ClickAsync("[data-import-run]");
        await page.Locator("[data-import-summary][data-state=imported]").WaitForAsync(new() { Timeout = 10_000 });
        var summary = await page.Locator("[data-import-summary]").InnerTextAsync();

        await page.FillAsync("[data-repair-form] input[name=target]", incident.Id.ToString());
        await page.ClickAsync("[data-repair-form] button[type=submit]");
        await page.Locator("[data-repair-summary][data-state=previewed]").WaitForAsync(new() { Timeout = 10_000 });
        var clocks = await page.Locator($"[data-repair-rows] tr[data-ticket='{incident.Number}']").CountAsync();
        var kinds = await page.Locator("[data-import-kind] option").AllTextContentsAsync();
        await page.SelectOptionAsync("[data-import-kind]", "service-requests");
        var requestColumns = await page.Locator("[data-import-columns][data-kind='service-requests']").InnerTextAsync();
        await page.SelectOptionAsync("[data-import-kind]", "risks");
        var riskColumns = await page.Locator("[data-import-columns][data-kind='risks']").InnerTextAsync();

        Assert.Contains("title", rejected, StringComparison.Ordinal);
        Assert.StartsWith("1 imported", summary, StringComparison.Ordinal);
        Assert.Equal(2, clocks);
        Assert.Equal(["Incidents", "Problems", "Changes", "Service requests", "Services", "Risks", "Continuity plans"], kinds);
        Assert.Contains("owner (required)", riskColumns, StringComparison.Ordinal);
        Assert.Contains("likelihood", riskColumns, StringComparison.Ordinal);
        Assert.Contains("itemId (required)", requestColumns, StringComparison.Ordinal);
        Assert.Contains("answers", requestColumns, StringComparison.Ordinal);
        Assert.Equal("/api/export", await page.GetAttributeAsync("[data-export]", "href"));
        Assert.Equal(1, await page.Locator("nav.page-links a[href='/data.html']").CountAsync());
    }
}
