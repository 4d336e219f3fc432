using Deque.AxeCore.Playwright;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>Continuity plans on the continuity page in real headless Chromium: keepers draft, complete and approve them by typing; readers only read.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class ContinuityPlanPageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 10_000 };

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
}
