using System.Net;
using System.Text;
using Microsoft.Playwright;

namespace ItsmOrleans.Testing.Tests;

public sealed class ChromiumLocatorTests : IAsyncLifetime
{
    IPlaywright playwright = null!;
    IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await ChromiumLocator.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    [Fact]
    public async Task Chromium_renders_a_data_url_headless()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("data:text/html,<title>Ready</title><p id=greeting>Hello from Chromium</p>");

        Assert.Equal("Ready", await page.TitleAsync());
        Assert.Equal("Hello from Chromium", await page.TextContentAsync("#greeting"));
    }

    [Fact]
    public async Task Chromium_loads_a_page_served_on_loopback()
    {
        var address = $"http://127.0.0.1:{FreePort.Get()}/";
        using var listener = new HttpListener { Prefixes = { address } };
        listener.Start();
        var serving = ServeOnePageAsync(listener, "<title>Served</title><p id=origin>from HttpListener</p>");
        var page = await browser.NewPageAsync();

        await page.GotoAsync(address);
        await serving;

        Assert.Equal("Served", await page.TitleAsync());
        Assert.Equal("from HttpListener", await page.TextContentAsync("#origin"));
    }

    [Fact]
    public async Task Chromium_runs_scripts()
    {
        var page = await browser.NewPageAsync();

        var sum = await page.EvaluateAsync<int>("() => [1, 2, 3].reduce((a, b) => a + b)");

        Assert.Equal(6, sum);
    }

    static async Task ServeOnePageAsync(HttpListener listener, string html)
    {
        var context = await listener.GetContextAsync();
        var body = Encoding.UTF8.GetBytes(html);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    }
}
