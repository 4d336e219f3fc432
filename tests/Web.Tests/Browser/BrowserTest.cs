using System.Text.RegularExpressions;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>A test class that drives the app in real headless Chromium (Debian's binary, through Playwright).</summary>
public abstract partial class BrowserTest(WebAppFixture app) : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    protected IBrowser Browser { get; private set; } = null!;

    protected WebAppFixture App => app;

    /// <summary>Where page screenshots go; the README's pictures are taken from here.</summary>
    protected static string ScreenshotFolder => RepositoryPaths.Combine("artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await ChromiumLocator.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }

    /// <summary>
    /// Creates a user of <paramref name="role"/>, opens <paramref name="path"/> and signs in on the page it is sent to.
    /// The page runs in UTC so that times typed into it mean the same on every machine.
    /// </summary>
    protected async Task<IPage> OpenSignedIn(string path, string role, int width = 1600, int height = 1000)
    {
        var (user, password) = await Accounts.CreateUser(app, role);
        return await OpenSignedInAs(path, user, password, width, height);
    }

    /// <summary>Opens <paramref name="path"/> and signs in as a user the test created (say, the requester of a ticket it raised).</summary>
    protected async Task<IPage> OpenSignedInAs(string path, string user, string password, int width = 1600, int height = 1000)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, TimezoneId = "UTC" });
        await page.GotoAsync(new Uri(app.BaseAddress, path).ToString());
        await SignIn(page, user, password);
        return page;
    }

    /// <summary>Fills and sends the sign-in form the page shows.</summary>
    protected static async Task SignIn(IPage page, string userName, string password)
    {
        await page.Locator("[data-signin-form]").WaitForAsync(new() { Timeout = 15_000 });
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");

        // The answer has come once the sign-in page is left or says why not: the next step must not race the cookie.
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            try
            {
                if (!SignInAddress().IsMatch(new Uri(page.Url).PathAndQuery) || await page.Locator("[data-signin-error]").CountAsync() > 0)
                {
                    return;
                }
            }
            catch (PlaywrightException)
            {
                // The page is between two documents; look again.
            }
        }

        throw new TimeoutException($"Signing in as {userName} got no answer within 15 s.");
    }

    [GeneratedRegex(@"^/signin(\?|$)")]
    private static partial Regex SignInAddress();

    protected static async Task Screenshot(IPage page, string fileName)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, fileName) });
    }
}
