namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>A browser test of the administration console: it opens the console as an admin and a section by clicking its link.</summary>
public abstract class AdminConsoleTest(WebAppFixture app) : BrowserTest(app)
{
    protected async Task<IPage> OpenSection(string section)
    {
        var page = await OpenSignedIn("admin.html", "admin");
        await page.ClickAsync($"[data-admin-section-link='{section}']", new() { Timeout = 15_000 });
        await page.Locator($"[data-admin-section='{section}']").WaitForAsync(new() { Timeout = 15_000 });
        return page;
    }
}
