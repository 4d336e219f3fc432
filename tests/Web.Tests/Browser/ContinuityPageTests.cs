using Deque.AxeCore.Playwright;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>Business impact on the continuity page in real headless Chromium: change managers and admins record it by typing; readers only read.</summary>
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

    [Fact]
    public async Task A_requester_is_told_continuity_is_not_for_their_role()
    {
        var page = await OpenSignedIn("continuity.html", "requester");
        await page.Locator("[data-refused]").Filter(new() { HasText = "Continuity is not for your role" }).WaitForAsync(new() { Timeout = 20_000 });
    }
}
