using Deque.AxeCore.Playwright;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The continuity page in real headless Chromium: change managers and admins record business impact by typing; readers only read.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class ContinuityPageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 10_000 };

    [Theory]
    [InlineData("change-manager")]
    [InlineData("admin")]
    public async Task A_keeper_records_business_impact_by_typing_and_sees_a_dependency_that_cannot_be_back_in_time(string role)
    {
        var business = await App.NewService("bia-shop");
        var dependency = await App.NewService("bia-db");
        using (var edge = await App.Http.PutAsync($"api/services/{business}/dependencies/{dependency}", null))
        {
            Assert.True(edge.IsSuccessStatusCode);
        }

        var (user, password) = await Accounts.CreateUser(App, role);
        var page = await OpenSignedInAs("continuity.html", user, password);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });

        await page.ClickAsync($"[data-service='{business}']");
        await page.Locator("[data-impact-facts]").Filter(new() { HasText = "No business impact recorded yet" }).WaitForAsync(Soon);

        // Refused first, by field: the downtime the business tolerates is shorter than recovery takes.
        await page.FillAsync("input[name='objectives.rto']", "2h");
        await page.FillAsync("input[name='objectives.rpo']", "15m");
        await page.FillAsync("input[name='objectives.maximumTolerableDowntime']", "1h");
        await page.ClickAsync("[data-impact-form] button[type=submit]");
        await page.Locator("[data-field-problem='objectives.maximumTolerableDowntime']").Filter(new() { HasText = "at least the recovery time objective" }).WaitForAsync(Soon);

        await page.FillAsync("input[name='objectives.maximumTolerableDowntime']", "1d");
        await page.ClickAsync("[data-impacts] [data-add-row]");
        await page.FillAsync("[data-impacts] [data-row] input[name=impact-after]", "4h");
        await page.SelectOptionAsync("[data-impacts] [data-row] select[name=impact-kind]", "financial");
        await page.FillAsync("[data-impacts] [data-row] input[name=impact-description]", "Orders lost");
        await page.FillAsync("textarea[name=vitalBusinessFunctions]", "Take orders\nTake payments");
        await page.ClickAsync("[data-impact-form] button[type=submit]");
        await page.Locator("[data-impact-facts]").Filter(new() { HasText = $"Version 1" }).WaitForAsync(Soon);

        await page.ClickAsync($"[data-service='{dependency}']");
        await page.Locator("[data-impact-heading]").Filter(new() { HasText = dependency }).WaitForAsync(Soon);
        await page.FillAsync("input[name='objectives.rto']", "6h");
        await page.FillAsync("input[name='objectives.rpo']", "5m");
        await page.FillAsync("input[name='objectives.maximumTolerableDowntime']", "2d");
        await page.ClickAsync("[data-impact-form] button[type=submit]");
        await page.Locator($"[data-check='{dependency}']").Filter(new() { HasText = "RTO too long" }).WaitForAsync(Soon);
        await page.Locator("[data-impact-check]").Filter(new() { HasText = $"longer than {business} needs (2h)" }).WaitForAsync(Soon);

        var axe = await page.RunAxe();
        var findings = AxeFindings.Serious(axe, "continuity.html with an analysis shown").ToList();
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));

        var stored = await App.Http.GetFromJsonAsync<JsonElement>($"api/services/{business}/business-impact");
        var impact = stored.GetProperty("impact");
        Assert.Equal("02:00:00", impact.GetProperty("objectives").GetProperty("rto").GetString());
        Assert.Equal("1.00:00:00", impact.GetProperty("objectives").GetProperty("maximumTolerableDowntime").GetString());
        Assert.Equal("financial", impact.GetProperty("impactOverTime")[0].GetProperty("kind").GetString());
        Assert.Equal(["Take orders", "Take payments"], impact.GetProperty("vitalBusinessFunctions").EnumerateArray().Select(f => f.GetString()));
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("noc")]
    public async Task Agents_and_the_noc_read_business_impact_and_see_it_change_live_but_cannot_edit_it(string role)
    {
        var service = await App.NewService("bia-read");
        var page = await OpenSignedIn("continuity.html", role);
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        await page.ClickAsync($"[data-service='{service}']");
        await page.Locator("[data-impact-facts]").Filter(new() { HasText = "No business impact recorded yet" }).WaitForAsync(Soon);
        Assert.True(await page.IsDisabledAsync("input[name='objectives.rto']"));
        Assert.False(await page.IsVisibleAsync("[data-impact-form] button[type=submit]"));

        using (var recorded = await App.Http.Send(HttpMethod.Put, $"api/services/{service}/business-impact",
            new { objectives = new { rto = "04:00:00", rpo = "01:00:00", maximumTolerableDowntime = "1.00:00:00" } }))
        {
            await recorded.EnsureStatus(HttpStatusCode.OK);
        }

        await page.Locator("[data-impact-facts]").Filter(new() { HasText = "Version 1" }).WaitForAsync(Soon);
        Assert.Equal("4h", await page.InputValueAsync("input[name='objectives.rto']"));
        await page.Locator($"tr:has([data-service='{service}']) td").Filter(new() { HasText = "1d" }).WaitForAsync(Soon);
    }

    [Theory]
    [InlineData("change-manager")]
    [InlineData("admin")]
    public async Task A_keeper_drafts_a_continuity_plan_by_typing_completes_it_and_approves_it(string role)
    {
        var service = await App.NewService("plan-page");
        var (decider, _) = await Accounts.CreateUser(App, "agent");
        var (user, password) = await Accounts.CreateUser(App, role);
        var page = await OpenSignedInAs("continuity.html", user, password);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });

        await page.ClickAsync(".new-plan summary");
        await page.FillAsync("[data-new-plan] input[name=title]", "Site loss " + service);
        await page.FillAsync("[data-new-plan] textarea[name=scenario]", "The primary data centre is lost");
        await page.FillAsync("[data-new-plan] input[name=serviceIds]", "no-such-service");
        await page.ClickAsync("[data-new-plan] button[type=submit]");
        await page.Locator("[data-new-plan] [data-field-problem='serviceIds[0]']").Filter(new() { HasText = "no-such-service" }).WaitForAsync(Soon);
        await page.FillAsync("[data-new-plan] input[name=serviceIds]", service);
        await page.ClickAsync("[data-new-plan] button[type=submit]");
        await page.Locator("[data-plan][data-status=draft]").WaitForAsync(Soon);
        var number = await page.Locator("[data-plan]").GetAttributeAsync("data-plan");
        await page.Locator($"[data-uncovered] [data-uncovered-service='{service}']").Filter(new() { HasText = $"only drafts, {number}" }).WaitForAsync(Soon);

        // Approving a plan without steps is refused, by field.
        await page.ClickAsync("[data-plan-move=approved]");
        await page.Locator("[data-plan-move-problem]").Filter(new() { HasText = "recovery steps" }).WaitForAsync(Soon);

        await page.FillAsync("[data-plan-form] textarea[name=invocationCriteria]", "Primary site unreachable for 30 minutes");
        await page.FillAsync("[data-plan-form] input[name=decisionMakers]", decider);
        await page.ClickAsync("[data-contacts] [data-add-row]");
        await page.FillAsync("[data-contacts] [data-row] input[name=contact-role]", "Standby site duty manager");
        await page.FillAsync("[data-contacts] [data-row] input[name=contact-name]", "Ana Ruiz");
        foreach (var (title, owner, expected) in new[] { ("Promote the standby database", "DBA on call", "45m"), ("Point DNS at the standby site", "Network on call", "30m") })
        {
            await page.ClickAsync("[data-steps] [data-add-row]");
            var row = page.Locator("[data-steps] [data-row]").Last;
            await row.Locator("input[name=plan-step-title]").FillAsync(title);
            await row.Locator("input[name=plan-step-owner]").FillAsync(owner);
            await row.Locator("input[name=plan-step-expectedDuration]").FillAsync(expected);
        }

        await page.FillAsync("[data-plan-form] textarea[name='fallback.description']", "Warm standby at the secondary site");
        await page.FillAsync("[data-plan-form] input[name=reviewBy]", "2027-06-30");
        await page.ClickAsync("[data-plan-form] button[type=submit]");
        await page.Locator("[data-plan-fact='Expected recovery']").Filter(new() { HasText = "1h 15m" }).WaitForAsync(Soon);

        await page.ClickAsync("[data-plan-move=approved]");
        await page.Locator("[data-plan][data-status=approved]").WaitForAsync(Soon);
        await page.Locator("[data-plan-fact=Approved]").Filter(new() { HasText = $"revision 1 by {user}" }).WaitForAsync(Soon);
        await page.Locator($"[data-plans] [data-plan-number='{number}']").Filter(new() { HasText = "approved" }).WaitForAsync(Soon);
        await page.Locator($"[data-uncovered] [data-uncovered-service='{service}']").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });

        var axe = await page.RunAxe();
        var findings = AxeFindings.Serious(axe, "continuity.html with a plan shown").ToList();
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));

        var plan = await App.Http.GetFromJsonAsync<JsonElement>($"api/continuity/plans/{number}");
        Assert.Equal(["Promote the standby database", "Point DNS at the standby site"], plan.GetProperty("content").GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        Assert.Equal("00:45:00", plan.GetProperty("content").GetProperty("steps")[0].GetProperty("expectedDuration").GetString());
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("noc")]
    public async Task Agents_and_the_noc_read_a_plan_but_have_nothing_to_change_it_with(string role)
    {
        var service = await App.NewService("plan-read");
        using var created = await App.Http.PostAsJsonAsync("api/continuity/plans", new { title = "Read-only plan " + service, scenario = "Ransomware", serviceIds = new[] { service } });
        await created.EnsureStatus(HttpStatusCode.Created);
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString();

        var page = await OpenSignedIn("continuity.html", role);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.ClickAsync($"[data-plan-number='{number}']");
        await page.Locator($"[data-plan='{number}']").WaitForAsync(Soon);
        Assert.Equal("Ransomware", await page.InputValueAsync("[data-plan-form] textarea[name=scenario]"));
        Assert.True(await page.IsDisabledAsync("[data-plan-form] input[name=title]"));
        Assert.False(await page.IsVisibleAsync(".new-plan"));
        Assert.False(await page.IsVisibleAsync("[data-plan-moves-form]"));
    }

    [Theory]
    [InlineData("noc")]
    [InlineData("agent")]
    [InlineData("change-manager")]
    public async Task A_plan_is_invoked_from_a_major_incident_its_steps_checked_off_and_its_recovery_ended_by_clicking(string role)
    {
        var service = await App.NewService("plan-invoke");
        using (var impact = await App.Http.Send(HttpMethod.Put, $"api/services/{service}/business-impact",
            new { objectives = new { rto = "02:00:00", rpo = "00:15:00", maximumTolerableDowntime = "08:00:00" } }))
        {
            await impact.EnsureStatus(HttpStatusCode.OK);
        }

        var (decider, _) = await Accounts.CreateUser(App, "agent");
        using var drafted = await App.Http.PostAsJsonAsync("api/continuity/plans", new
        {
            title = "Failover " + service,
            scenario = "The primary site is lost",
            serviceIds = new[] { service },
            invocationCriteria = "Primary site down 30 minutes",
            decisionMakers = new[] { decider },
            steps = new[]
            {
                new { title = "Promote the standby", owner = "DBA on call", expectedDuration = "00:10:00" },
                new { title = "Switch DNS", owner = "Network on call", expectedDuration = "00:05:00" },
            },
            reviewBy = "2027-06-30",
        });
        await drafted.EnsureStatus(HttpStatusCode.Created);
        var plan = await drafted.Content.ReadFromJsonAsync<JsonElement>();
        using (var approved = await App.Http.Send(HttpMethod.Post, $"api/continuity/plans/{plan.GetProperty("id").GetString()}/transitions", new { to = "approved" }))
        {
            await approved.EnsureStatus(HttpStatusCode.OK);
        }

        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Primary site unreachable", assignee: "alice"));
        using var declared = await App.Http.PostAsJsonAsync("api/major-incidents", new { title = "Primary site unreachable", primaryIncidentId = incident.Id, commander = "carla" });
        await declared.EnsureStatus(HttpStatusCode.Created);
        var declaredView = await declared.Content.ReadFromJsonAsync<JsonElement>();
        var major = declaredView.GetProperty("number").GetString()!;

        var number = plan.GetProperty("number").GetString();
        var page = await OpenSignedIn("continuity.html", role);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.ClickAsync($"[data-plan-number='{number}']");
        await page.FillAsync("[data-invoke-form] textarea[name=reason]", "Primary site flooded");
        await page.FillAsync("[data-invoke-form] input[name=majorIncident]", major);
        await page.ClickAsync("[data-invoke-form] button[type=submit]");
        await page.Locator("[data-invocation][data-invoked=true]").WaitForAsync(Soon);
        await page.Locator("[data-rto]").Filter(new() { HasText = $"RTO 2h ({service})" }).WaitForAsync(Soon);
        await page.Locator("[data-rto]").Filter(new() { HasText = "left" }).WaitForAsync(Soon);

        await page.ClickAsync("[data-recovery-steps] [data-step='1'] button");
        await page.Locator("[data-recovery-steps] [data-step='1'][data-done=true]").WaitForAsync(Soon);

        var axe = await page.RunAxe();
        var findings = AxeFindings.Serious(axe, "continuity.html with a plan invoked").ToList();
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));

        await page.SelectOptionAsync("[data-end-form] select[name=outcome]", "recovered");
        await page.ClickAsync("[data-end-form] button[type=submit]");
        await page.Locator("[data-past-invocation='1']").Filter(new() { HasText = "RTO met" }).WaitForAsync(Soon);
        Assert.False(await page.IsVisibleAsync("[data-active-invocation]"));
        await page.Locator($"[data-recoveries] [data-recovery='{number}/1']").Filter(new() { HasText = "(met)" }).WaitForAsync(Soon);

        var stored = await App.Http.GetFromJsonAsync<JsonElement>($"api/continuity/plans/{number}");
        var invocation = stored.GetProperty("invocations")[0];
        Assert.Equal(declaredView.GetProperty("id").GetGuid(), invocation.GetProperty("majorIncidentId").GetGuid());
        Assert.Equal("Primary site flooded", invocation.GetProperty("reason").GetString());
        Assert.NotNull(invocation.GetProperty("steps")[0].GetProperty("doneBy").GetString());
    }

    [Fact]
    public async Task The_service_map_shows_live_that_a_plan_is_invoked_for_a_service_and_what_depends_on_it()
    {
        var database = await App.NewService("map-db");
        var shop = await App.NewService("map-shop");
        using (var edge = await App.Http.PutAsync($"api/services/{shop}/dependencies/{database}", null))
        {
            Assert.True(edge.IsSuccessStatusCode);
        }

        var (decider, _) = await Accounts.CreateUser(App, "agent");
        using var drafted = await App.Http.PostAsJsonAsync("api/continuity/plans", new
        {
            title = "Database failover", scenario = "Primary database lost", serviceIds = new[] { database }, invocationCriteria = "Primary down",
            decisionMakers = new[] { decider }, steps = new[] { new { title = "Promote the standby", owner = "DBA", expectedDuration = "00:10:00" } },
            reviewBy = "2027-06-30",
        });
        var plan = await drafted.Content.ReadFromJsonAsync<JsonElement>();
        var (id, number) = (plan.GetProperty("id").GetString(), plan.GetProperty("number").GetString());
        using (var approved = await App.Http.Send(HttpMethod.Post, $"api/continuity/plans/{id}/transitions", new { to = "approved" }))
        {
            await approved.EnsureStatus(HttpStatusCode.OK);
        }

        var page = await OpenSignedIn("services.html", "noc");
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        await page.Locator($"tr[data-service-id='{shop}']").WaitForAsync(Soon);

        using (var invoked = await App.Http.Send(HttpMethod.Post, $"api/continuity/plans/{id}/invocations", new { reason = "Primary database lost" }))
        {
            await invoked.EnsureStatus(HttpStatusCode.OK);
        }

        await page.Locator($"tr[data-service-id='{shop}'] .cause").Filter(new() { HasText = $"continuity plan {number} invoked" }).WaitForAsync(Soon);
        await page.Locator($"tr[data-service-id='{database}'] .cause").Filter(new() { HasText = $"continuity plan {number} invoked" }).WaitForAsync(Soon);

        using (var ended = await App.Http.Send(HttpMethod.Post, $"api/continuity/plans/{id}/invocation/end", new { outcome = "recovered" }))
        {
            await ended.EnsureStatus(HttpStatusCode.OK);
        }

        await page.Locator($"tr[data-service-id='{shop}'] .cause").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^$") }).WaitForAsync(Soon);
    }

    [Fact]
    public async Task A_plan_invoked_from_a_major_incident_counts_down_on_its_console_and_on_the_board_and_links_to_its_recovery()
    {
        var service = await App.NewService("mi-plan");
        using (var impact = await App.Http.Send(HttpMethod.Put, $"api/services/{service}/business-impact",
            new { objectives = new { rto = "04:00:00", rpo = "00:15:00", maximumTolerableDowntime = "08:00:00" } }))
        {
            await impact.EnsureStatus(HttpStatusCode.OK);
        }

        var (decider, _) = await Accounts.CreateUser(App, "agent");
        using var drafted = await App.Http.PostAsJsonAsync("api/continuity/plans", new
        {
            title = "Console failover " + service, scenario = "Primary site lost", serviceIds = new[] { service }, invocationCriteria = "Primary down",
            decisionMakers = new[] { decider }, steps = new[] { new { title = "Promote the standby", owner = "DBA", expectedDuration = "00:10:00" } },
            reviewBy = "2027-06-30",
        });
        var plan = await drafted.Content.ReadFromJsonAsync<JsonElement>();
        var (id, number) = (plan.GetProperty("id").GetString(), plan.GetProperty("number").GetString());
        using (var approved = await App.Http.Send(HttpMethod.Post, $"api/continuity/plans/{id}/transitions", new { to = "approved" }))
        {
            await approved.EnsureStatus(HttpStatusCode.OK);
        }

        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Primary site down", assignee: "alice"));
        using var declared = await App.Http.PostAsJsonAsync("api/major-incidents", new { title = "Primary site down", primaryIncidentId = incident.Id, commander = "carla" });
        var major = (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using (var invoked = await App.Http.Send(HttpMethod.Post, $"api/continuity/plans/{id}/invocations", new { reason = "Primary site down", majorIncidentId = major }))
        {
            await invoked.EnsureStatus(HttpStatusCode.OK);
        }

        var board = await OpenSignedIn("", "noc");
        await board.Locator($"[data-notice='continuity:{id}'] [data-notice-due]").Filter(new() { HasText = "left" }).WaitForAsync(new() { Timeout = 20_000 });

        var page = await OpenSignedIn($"major.html?id={major}", "noc");
        var entry = page.Locator($"[data-mi-plan='{number}']");
        await entry.Filter(new() { HasText = $"RTO 4h ({service})" }).WaitForAsync(new() { Timeout = 20_000 });
        Assert.Contains("0 of 1 steps done", await entry.InnerTextAsync(), StringComparison.Ordinal);
        var axe = await page.RunAxe();
        var findings = AxeFindings.Serious(axe, "major.html with a plan invoked").ToList();
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));

        await entry.Locator("a").ClickAsync();
        await page.Locator($"[data-plan='{number}'] [data-invocation][data-invoked=true]").WaitForAsync(Soon);
    }

    [Fact]
    public async Task A_requester_is_told_continuity_is_not_for_their_role()
    {
        var page = await OpenSignedIn("continuity.html", "requester");
        await page.Locator("[data-refused]").Filter(new() { HasText = "Continuity is not for your role" }).WaitForAsync(new() { Timeout = 20_000 });
    }
}
