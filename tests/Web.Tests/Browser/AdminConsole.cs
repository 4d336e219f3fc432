namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>Opens a section of the administration console the way an administrator does: by its link in the section list.</summary>
public static class AdminConsole
{
    public static async Task<ILocator> Open(IPage page, string section)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("body[data-shell=ready]").WaitForAsync(new() { Timeout = 20_000 });
        await page.ClickAsync($"[data-admin-section-link='{section}']");
        var panel = page.Locator($"[data-admin-section='{section}']");
        await panel.WaitForAsync(new() { Timeout = 15_000 });
        return panel;
    }
}
