using System.Globalization;
using System.Net.Http.Json;
using ItsmOrleans.Web.Tests.Changes;
using ItsmOrleans.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The change calendar in real headless Chromium: live changes, conflicts, details and drag-to-reschedule.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class ChangeCalendarPageTests(WebAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Changes_appear_live_conflicts_are_marked_and_the_details_show_why()
    {
        var requests = new ChangeRequests(App);
        var mail = await requests.Service("mail");
        var first = await ChangeRequests.Create(App.Http, requests.Normal(mail, 10, 12, "erin"));
        var page = await OpenCalendar(requests.Day, mail);

        var firstEvent = page.Locator(".ec-event.change", new() { HasText = first.Number });
        await firstEvent.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(0, await page.Locator(".ec-event.conflicted").CountAsync());

        var xss = "<img src=x onerror=\"window.__pwned=1\"> relay swap";
        var second = await ChangeRequests.Create(App.Http, requests.Normal(mail, 11, 13, "frank", title: xss));

        await page.Locator(".ec-event.change.conflicted", new() { HasText = second.Number }).WaitForAsync(new() { Timeout = 15_000 });
        await page.Locator(".ec-event.change.conflicted", new() { HasText = first.Number }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains(xss, await page.Locator(".ec-event", new() { HasText = second.Number }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));

        await page.Locator(".ec-event", new() { HasText = second.Number }).ClickAsync();
        var details = page.Locator($"[data-change-details][data-change-id='{second.Id}']");
        await details.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Contains($"{first.Number} changes {mail} in an overlapping window.", await details.Locator(".conflict-open").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Replace the relays", await details.InnerTextAsync(), StringComparison.Ordinal);

        await Screenshot(page, "change-calendar.png");
    }

    [Fact]
    public async Task A_freeze_is_shaded_on_the_calendar()
    {
        var requests = new ChangeRequests(App);
        var mail = await requests.Service("mail");
        using (var freeze = await App.Http.PutAsJsonAsync($"api/change-catalog/freezes/peak-{requests.Suffix}",
            new { name = "Peak season", start = requests.Day.AddHours(1), end = requests.Day.AddHours(30), serviceIds = new[] { mail } }))
        {
            await freeze.EnsureStatus(System.Net.HttpStatusCode.OK);
        }

        var page = await OpenCalendar(requests.Day, mail);

        await page.Locator(".ec-bg-event.freeze").First.WaitForAsync(new() { Timeout = 15_000 });
    }

    private async Task<IPage> OpenCalendar(DateTimeOffset day, string service)
    {
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = await OpenSignedIn($"changes.html?date={date}&service={service}", "agent");
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        return page;
    }
}
