using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Web.Tests.Changes;

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
        var first = await ChangeRequests.Create(App.Http, await requests.Normal(mail, 10, 12, "erin"));
        var page = await OpenCalendar(requests.Day, mail);

        var firstEvent = page.Locator(".ec-event.change", new() { HasText = first.Number });
        await firstEvent.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(0, await page.Locator(".ec-event.conflicted").CountAsync());

        var xss = "<img src=x onerror=\"window.__pwned=1\"> relay swap";
        var second = await ChangeRequests.Create(App.Http, await requests.Normal(mail, 11, 13, "frank", title: xss));

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

    [Fact]
    public async Task An_agent_raises_a_change_in_the_editor_edits_it_and_takes_it_through_the_cab_to_closed()
    {
        var requests = new ChangeRequests(App);
        var mail = await requests.Service("mail");
        var erin = await requests.Person("erin");
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Mail queue stuck after patching"));
        var page = await OpenCalendar(requests.Day, mail);
        var day = requests.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await page.ClickAsync("[data-new-change]");
        var editor = page.Locator("[data-change-editor]");
        await editor.Locator("select[name=type]").SelectOptionAsync("normal");
        await editor.Locator("input[name=title]").FillAsync("Patch the mail relays");
        await editor.Locator("select[name=serviceId]").SelectOptionAsync(mail);
        await editor.Locator("input[name=implementer]").FillAsync(erin);
        await editor.Locator("input[name=start]").FillAsync($"{day}T10:00");
        await editor.Locator("input[name=end]").FillAsync($"{day}T11:30");
        await editor.Locator("textarea[name=implementationPlan]").FillAsync("One relay at a time");
        await editor.Locator("textarea[name=alternatives]").FillAsync("Replace the relays | too slow to procure");
        await editor.Locator("select[name=complexity]").SelectOptionAsync("low");
        await editor.Locator("input[name=testedBeforehand]").CheckAsync();
        await editor.Locator("input[name=backoutTested]").CheckAsync();
        await Screenshot(page, "change-editor.png");
        await editor.Locator("[data-save-change]").ClickAsync();

        var details = page.Locator("[data-change-details][data-change-id]");
        await details.WaitForAsync(new() { Timeout = 10_000 });
        var id = Guid.Parse((await details.GetAttributeAsync("data-change-id"))!);
        await page.Locator(".ec-event.change", new() { HasText = "Patch the mail relays" }).WaitForAsync(new() { Timeout = 15_000 });

        await page.ClickAsync("[data-change-move=assess]");
        await page.ClickAsync("[data-change-move=authorize]");
        await page.Locator("[data-action-problem]").Filter(new() { HasText = "undone" }).WaitForAsync(new() { Timeout = 10_000 });

        await page.ClickAsync("[data-edit-change]");
        await editor.Locator("input[name=title]").FillAsync("Patch the mail relays (March)");
        await editor.Locator("textarea[name=backoutPlan]").FillAsync("Reinstall the previous packages");
        await editor.Locator("[data-save-change]").ClickAsync();
        await page.Locator("[data-change-heading]").Filter(new() { HasText = "(March)" }).WaitForAsync(new() { Timeout = 10_000 });
        await page.ClickAsync("[data-change-move=authorize]");
        await page.Locator("[data-change-details] dd").Filter(new() { HasText = "authorize" }).WaitForAsync(new() { Timeout = 10_000 });

        var change = await App.Http.GetFromJsonAsync<ChangeView>($"api/changes/{id}", WireJson.Options);
        for (var vote = 0; vote < change!.RequiredApprovals; vote++)
        {
            using var cab = await requests.Caller("change-manager", $"cab{vote}");
            using var voted = await cab.PostAsJsonAsync($"api/changes/{id}/votes", new { vote = "approve" });
            await voted.EnsureStatus(System.Net.HttpStatusCode.OK);
        }

        // The quorum schedules the change by itself; the open panel follows it live.
        await page.Locator("[data-change-details] dd").Filter(new() { HasText = "scheduled" }).WaitForAsync(new() { Timeout = 15_000 });
        await page.ClickAsync("[data-change-move=implement]");
        await page.Locator("[data-change-move=review]").WaitForAsync(new() { Timeout = 10_000 });
        await page.SelectOptionAsync("[data-outcome]", "successfulWithIssues");
        await page.FillAsync("[data-move-notes]", "Relay 3 needed a second reboot");
        await page.ClickAsync("[data-change-move=review]");
        await page.Locator("[data-change-details] dd").Filter(new() { HasText = "review" }).WaitForAsync(new() { Timeout = 10_000 });
        await page.FillAsync("[data-caused-incident]", incident.Number);
        await page.ClickAsync("[data-link-caused]");
        await page.Locator("[data-change-details]").Filter(new() { HasText = incident.Number }).WaitForAsync(new() { Timeout = 10_000 });
        await page.ClickAsync("[data-change-move=closed]");
        await page.Locator("[data-change-details] dd").Filter(new() { HasText = "closed" }).WaitForAsync(new() { Timeout = 10_000 });
        await Screenshot(page, "change-closed.png");

        var closed = (await App.Http.GetFromJsonAsync<ChangeView>($"api/changes/{id}", WireJson.Options))!;
        Assert.Equal(ChangeStatus.Closed, closed.Status);
        Assert.Equal(ChangeOutcome.SuccessfulWithIssues, closed.Outcome);
        Assert.Equal("Patch the mail relays (March)", closed.Title);
        Assert.Equal(new ChangeWindow(requests.Day.AddHours(10), requests.Day.AddHours(11.5)), closed.Window);
        Assert.Equal([new Alternative("Replace the relays", "too slow to procure")], closed.Alternatives);
        Assert.Equal([incident.Number], closed.CausedIncidents.Select(i => i.Number));
    }

    [Fact]
    public async Task A_change_on_a_service_with_an_open_high_risk_shows_that_risk_in_its_assessment()
    {
        var requests = new ChangeRequests(App);
        var storage = await requests.Service("storage");
        var (owner, _) = await Accounts.CreateUser(App, "change-manager");
        using (var high = await App.Http.PostAsJsonAsync("api/risks", new
        {
            title = "Single storage controller", category = "technology", owner,
            links = new { serviceIds = new[] { storage } }, inherent = new { impact = 5, likelihood = 3 },
        }))
        {
            await high.EnsureStatus(HttpStatusCode.Created);
        }

        using (var low = await App.Http.PostAsJsonAsync("api/risks", new
        {
            title = "Dusty racks", category = "operational", owner,
            links = new { serviceIds = new[] { storage } }, inherent = new { impact = 1, likelihood = 2 },
        }))
        {
            await low.EnsureStatus(HttpStatusCode.Created);
        }

        var change = await ChangeRequests.Create(App.Http, await requests.Normal(storage, 9, 10, title: "Firmware upgrade"));
        var page = await OpenCalendar(requests.Day, storage);
        await page.Locator(".ec-event", new() { HasText = change.Number }).ClickAsync();

        var risks = page.Locator($"[data-change-details][data-change-id='{change.Id}'] [data-service-risks='1']");
        await risks.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Contains("Single storage controller · high (15)", await risks.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Dusty racks", await risks.InnerTextAsync(), StringComparison.Ordinal);
    }

    private async Task<IPage> OpenCalendar(DateTimeOffset day, string service)
    {
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = await OpenSignedIn($"changes.html?date={date}&service={service}", "agent");
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        return page;
    }
}
