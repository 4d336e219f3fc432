using Deque.AxeCore.Playwright;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>
/// An invoked continuity plan in real headless Chromium: invoked, run and ended by clicking, and counting down on the
/// continuity page, the boards, the major-incident console and the service map.
/// </summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class PlanInvocationPageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 10_000 };

    [Theory]
    [InlineData("noc")]
    [InlineData("agent")]
    [InlineData("change-manager")]
    public async Task A_plan_is_invoked_from_a_major_incident_its_steps_checked_off_and_its_recovery_ended_by_clicking(string role)
    {
        var service = await App.NewService("plan-invoke");
        await ContinuitySetup.SetRto(App, service, "02:00:00");
        var plan = await ContinuitySetup.ApprovedPlan(App, service);
        var major = await ContinuitySetup.MajorIncident(App, "Primary site unreachable");

        var page = await OpenSignedIn("continuity.html", role);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.ClickAsync($"[data-plan-number='{plan.Number}']");
        await page.FillAsync("[data-invoke-form] textarea[name=reason]", "Primary site flooded");
        await page.FillAsync("[data-invoke-form] input[name=majorIncident]", major.Number);
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
        await page.Locator($"[data-recoveries] [data-recovery='{plan.Number}/1']").Filter(new() { HasText = "(met)" }).WaitForAsync(Soon);

        var stored = await App.Http.GetFromJsonAsync<JsonElement>($"api/continuity/plans/{plan.Number}");
        var invocation = stored.GetProperty("invocations")[0];
        Assert.Equal(major.Id, invocation.GetProperty("majorIncidentId").GetGuid());
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

        var plan = await ContinuitySetup.ApprovedPlan(App, database);
        var page = await OpenSignedIn("services.html", "noc");
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        await page.Locator($"tr[data-service-id='{shop}']").WaitForAsync(Soon);

        using (var invoked = await App.Http.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/invocations", new { reason = "Primary database lost" }))
        {
            await invoked.EnsureStatus(HttpStatusCode.OK);
        }

        await page.Locator($"tr[data-service-id='{shop}'] .cause").Filter(new() { HasText = $"continuity plan {plan.Number} invoked" }).WaitForAsync(Soon);
        await page.Locator($"tr[data-service-id='{database}'] .cause").Filter(new() { HasText = $"continuity plan {plan.Number} invoked" }).WaitForAsync(Soon);

        using (var ended = await App.Http.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/invocation/end", new { outcome = "recovered" }))
        {
            await ended.EnsureStatus(HttpStatusCode.OK);
        }

        await page.Locator($"tr[data-service-id='{shop}'] .cause").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^$") }).WaitForAsync(Soon);
    }

    [Fact]
    public async Task A_plan_invoked_from_a_major_incident_counts_down_on_its_console_and_on_the_board_and_links_to_its_recovery()
    {
        var service = await App.NewService("mi-plan");
        await ContinuitySetup.SetRto(App, service, "04:00:00");
        var plan = await ContinuitySetup.ApprovedPlan(App, service);
        var major = await ContinuitySetup.MajorIncident(App, "Primary site down");
        using (var invoked = await App.Http.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/invocations", new { reason = "Primary site down", majorIncidentId = major.Id }))
        {
            await invoked.EnsureStatus(HttpStatusCode.OK);
        }

        var board = await OpenSignedIn("", "noc");
        await board.Locator($"[data-notice='continuity:{plan.Id}'] [data-notice-due]").Filter(new() { HasText = "left" }).WaitForAsync(new() { Timeout = 20_000 });

        var page = await OpenSignedIn($"major.html?id={major.Id}", "noc");
        var entry = page.Locator($"[data-mi-plan='{plan.Number}']");
        await entry.Filter(new() { HasText = $"RTO 4h ({service})" }).WaitForAsync(new() { Timeout = 20_000 });
        Assert.Contains("0 of 2 steps done", await entry.InnerTextAsync(), StringComparison.Ordinal);
        var axe = await page.RunAxe();
        var findings = AxeFindings.Serious(axe, "major.html with a plan invoked").ToList();
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));

        await entry.Locator("a").ClickAsync();
        await page.Locator($"[data-plan='{plan.Number}'] [data-invocation][data-invoked=true]").WaitForAsync(Soon);
    }
}
