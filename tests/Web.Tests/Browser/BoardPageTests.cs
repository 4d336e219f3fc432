using System.Text.RegularExpressions;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The wallboard in real headless Chromium (Debian's binary, driven by Playwright).</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class BoardPageTests(WebAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_new_incident_appears_on_the_open_board_without_a_reload_and_its_text_stays_text()
    {
        var group = await App.NewGroup("wall");
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;

        var (noc, password) = await Accounts.CreateUser(App, "noc");
        await page.GotoAsync(new Uri(App.BaseAddress, $"?group={group}").ToString());
        await SignIn(page, noc, password);
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        var navigationsWhenLive = navigations;

        var corpus = XssCorpus.Titles;
        var created = new List<Contracts.Incidents.IncidentView>();
        foreach (var title in corpus)
        {
            created.Add(await App.Http.CreateIncident(IncidentRequests.NewIncident(title: title, group: group, impact: "high", urgency: "high")));
        }

        await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Printer queue stuck", group: group, impact: "low", urgency: "medium"));
        await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "VPN drops every 10 minutes", group: group, impact: "medium", urgency: "high", policy: TestSettings.FastPolicy));

        foreach (var incident in created)
        {
            var row = page.Locator($"tr[data-incident-id='{incident.Id}']");
            await row.WaitForAsync(new() { Timeout = 15_000 });
            Assert.Contains(incident.Title.Trim(), await row.Locator("td").Nth(2).InnerTextAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(navigationsWhenLive, navigations);
        Assert.Equal(0, await page.Locator("main img, main script, main svg, main iframe, main b, main a[href^='javascript']").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Equal(corpus.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (await page.Locator("[data-counter='P1'] .value").InnerTextAsync()).Trim());
        Assert.Empty(consoleErrors);

        await Screenshot(page, "board.png");
    }

    [Fact]
    public async Task Alerts_show_live_grouped_by_their_incident_with_repeat_counts_and_flapping_and_leave_when_resolved()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var (noc, password) = await Accounts.CreateUser(App, "noc");
        await page.GotoAsync(App.BaseAddress.ToString());
        await SignIn(page, noc, password);
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });

        var (routingKey, service) = await Integrations.Define(App.Http, "Message queue");
        using var monitor = new HttpClient { BaseAddress = App.BaseAddress };
        async Task Send(string action, string dedupKey)
        {
            using var sent = await monitor.PostAsJsonAsync("v2/enqueue", new
            {
                routing_key = routingKey,
                event_action = action,
                dedup_key = dedupKey,
                payload = new { summary = $"{dedupKey} on {service}", source = "mq-1", severity = "critical", group = "brokers" },
            });
            await sent.EnsureStatus(System.Net.HttpStatusCode.Accepted);
        }

        for (var i = 0; i < 5; i++)
        {
            await Send("trigger", "queue-depth");
        }

        await Send("trigger", "consumer-lag");
        foreach (var action in new[] { "resolve", "trigger", "resolve" })
        {
            await Send(action, "consumer-lag");
        }

        var alert = await AlertLookup.Find(App.Http, service, "queue-depth");
        var group = page.Locator($"[data-alerts] [data-alert-incident='{alert.GetProperty("incidentNumber").GetString()}']");
        await group.Locator("[data-alert-counts]").Filter(new() { HasText = "2 alerts · 6 events" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("flapping 1", await group.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(service, await group.InnerTextAsync(), StringComparison.Ordinal);
        await Screenshot(page, "board-alerts.png");

        await Send("resolve", "queue-depth");
        await group.Locator("[data-alert-counts]").Filter(new() { HasText = "1 alert · " }).WaitForAsync(new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task A_promoted_major_incident_shows_in_the_banner_at_once_and_leaves_when_resolved()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var (noc, password) = await Accounts.CreateUser(App, "noc");
        await page.GotoAsync(App.BaseAddress.ToString());
        await SignIn(page, noc, password);
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });

        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Storage array offline", assignee: "alice"));
        using var promoted = await App.Http.PostAsJsonAsync("api/major-incidents", new { title = "Storage array offline", primaryIncidentId = incident.Id, commander = "carla" });
        await promoted.EnsureStatus(System.Net.HttpStatusCode.Created);
        var view = (await promoted.Content.ReadFromJsonAsync<Contracts.MajorIncidents.MajorIncidentView>(WireJson.Options))!;

        var item = page.Locator($"[data-major-banner] [data-major-incident='{view.Number}']");
        await item.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("commander carla", await item.InnerTextAsync(), StringComparison.Ordinal);

        using var resolved = await App.Http.PostAsJsonAsync($"api/major-incidents/{view.Id}/transitions", new { to = "resolved", note = "Controller replaced" });
        await resolved.EnsureStatus(System.Net.HttpStatusCode.OK);
        await item.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 15_000 });
    }

    [Fact]
    public async Task An_over_used_licence_appears_in_the_notices_without_a_reload()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var (noc, password) = await Accounts.CreateUser(App, "noc");
        await page.GotoAsync(App.BaseAddress.ToString());
        await SignIn(page, noc, password);
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });

        var id = $"project-{Guid.NewGuid():N}"[..16];
        using (var defined = await App.Http.PutAsJsonAsync($"api/licences/{id}", new { product = "Project Online", vendor = "Microsoft", entitlements = 0 }))
        {
            await defined.EnsureStatus(System.Net.HttpStatusCode.OK);
        }

        using var assigned = await App.Http.PostAsJsonAsync($"api/licences/{id}/assignments", new { assignee = "ann" });
        await assigned.EnsureStatus(System.Net.HttpStatusCode.OK);

        var notice = page.Locator($"[data-notices] [data-notice='licence:{id}']");
        await notice.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("Project Online", await notice.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_session_the_board_sends_you_to_sign_in_and_a_wrong_password_keeps_you_there()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(new Uri(App.BaseAddress, "?service=email").ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/signin\?returnUrl="), new() { Timeout = 15_000 });

        await page.FillAsync("#userName", "admin");
        await page.FillAsync("#password", "not the password");
        await page.ClickAsync("button[type=submit]");

        await page.Locator("[data-signin-error]").WaitForAsync(new() { Timeout = 10_000 });
        Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_requester_in_the_browser_cannot_open_someone_elses_incident()
    {
        var someoneElses = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Payroll export fails"));
        var (requester, password) = await Accounts.CreateUser(App, "requester");
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(new Uri(App.BaseAddress, "signin").ToString());
        await SignIn(page, requester, password);
        // Signed in, a requester is sent on to the portal; a navigation started before that would be cut short by it.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/requests\\.html"), new() { Timeout = 15_000 });

        var answer = await page.GotoAsync(new Uri(App.BaseAddress, $"api/incidents/{someoneElses.Id}").ToString());

        Assert.Equal(404, answer!.Status);
        Assert.DoesNotContain("Payroll", await page.ContentAsync(), StringComparison.Ordinal);

        // The board is not for requesters: they land on the request portal, and no page link would refuse them.
        await page.GotoAsync(App.BaseAddress.ToString());
        await page.WaitForFunctionAsync("() => location.pathname === '/requests.html'", null, new() { Timeout = 15_000 });
        await page.Locator("body[data-shell=ready]").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(["Requests", "Search"], await page.Locator("header [aria-label=Pages] a").AllInnerTextsAsync());
    }

    [Fact]
    public async Task The_wallboard_takes_its_scopes_in_turn_in_large_type_with_nothing_to_click()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await TestCast.Group(App.Http, $"net-{suffix}");
        await TestCast.Group(App.Http, $"hr-{suffix}");
        var first = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Core switch fan failure", group: $"net-{suffix}"));
        var second = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Payroll batch late", group: $"hr-{suffix}"));
        var page = await OpenSignedIn($"?wall&rotate=group:net-{suffix},group:hr-{suffix}&every=5", "noc", 1920, 1080);
        await page.Locator("body.wall[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });

        await page.Locator($"tr[data-incident-id='{first.Id}']").WaitForAsync(new() { Timeout = 10_000 });
        await page.Locator("[data-scope]").Filter(new() { HasText = $"Group: net-{suffix} · 1/2" }).WaitForAsync(new() { Timeout = 10_000 });
        Assert.False(await page.Locator(".page-links").IsVisibleAsync());

        await page.Locator("[data-scope]").Filter(new() { HasText = $"Group: hr-{suffix} · 2/2" }).WaitForAsync(new() { Timeout = 15_000 });
        await page.Locator($"tr[data-incident-id='{second.Id}']").WaitForAsync(new() { Timeout = 10_000 });
        await page.Locator($"tr[data-incident-id='{first.Id}']").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });
        Assert.True(await page.Locator("[data-clock]").IsVisibleAsync());
        await Screenshot(page, "wallboard.png");
    }
}
