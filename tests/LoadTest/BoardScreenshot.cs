using ItsmOrleans.Testing;
using Microsoft.Playwright;

namespace ItsmOrleans.LoadTest;

/// <summary>Saves what a wall screen shows: the live board in headless Chromium at 1920×1080.</summary>
public static class BoardScreenshot
{
    public static async Task<int> Run(LoadTestOptions options, string output)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumLocator.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Api-Key"] = options.ApiKey },
        });
        await page.GotoAsync(options.Url.ToString());
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 30_000 });
        await page.Locator("tr[data-incident-id]").First.WaitForAsync(new() { Timeout = 30_000 });
        // Let new-row highlights fade so the picture shows the board at rest.
        await page.WaitForTimeoutAsync(3_000);
        await page.ScreenshotAsync(new() { Path = Path.GetFullPath(output) });
        Console.WriteLine($"Saved {output}");
        return 0;
    }
}
