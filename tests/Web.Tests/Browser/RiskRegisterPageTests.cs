using Deque.AxeCore.Playwright;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The risk register in real headless Chromium: change managers and admins record, assess and treat a risk by clicking; readers only read.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class RiskRegisterPageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 10_000 };

    [Theory]
    [InlineData("change-manager")]
    [InlineData("admin")]
    public async Task A_keeper_of_the_register_records_assesses_and_treats_a_risk_by_clicking_and_finds_it_on_the_heat_map(string role)
    {
        var service = await App.NewService("riskpage");
        using var problemCreated = await App.Http.PostAsJsonAsync("api/problems", new { title = "Certificates expire unnoticed" });
        var problem = await problemCreated.Content.ReadFromJsonAsync<JsonElement>();
        var title = "Expiring TLS certificates " + Guid.NewGuid().ToString("N")[..6];
        var (user, password) = await Accounts.CreateUser(App, role);
        var page = await OpenSignedInAs("risks.html", user, password);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });

        // Refused first, by field: the title is missing.
        await page.ClickAsync(".new-risk summary");
        await page.ClickAsync("[data-new-risk] button[type=submit]");
        await page.Locator("[data-new-risk] [data-field-problem=title]").Filter(new() { HasText = "required" }).WaitForAsync(Soon);

        await page.FillAsync("[data-new-risk] input[name=title]", title);
        await page.SelectOptionAsync("[data-new-risk] select[name=category]", "security");
        await page.FillAsync("[data-new-risk] input[name=owner]", user);
        await page.FillAsync("[data-new-risk] input[name=services]", service);
        await page.SelectOptionAsync("[data-new-risk] select[name=impact]", "4");
        await page.SelectOptionAsync("[data-new-risk] select[name=likelihood]", "4");
        await page.FillAsync("[data-new-risk] input[name=reviewBy]", "2027-09-30");
        await page.ClickAsync("[data-new-risk] button[type=submit]");
        await page.Locator("[data-risk][data-status=identified]").WaitForAsync(Soon);
        var number = await page.Locator("[data-risk]").GetAttributeAsync("data-risk");

        await page.ClickAsync("[data-move=assessed]");
        await page.Locator("[data-risk][data-status=assessed]").WaitForAsync(Soon);

        // Treating needs a treatment: the page says so.
        await page.ClickAsync("[data-move=treated]");
        await page.Locator("[data-move-problem]").Filter(new() { HasText = "treatment" }).WaitForAsync(Soon);

        await page.SelectOptionAsync("[data-risk-form] select[name=treatment]", "mitigate");
        await page.FillAsync("[data-risk-form] textarea[name=controls]", "Certificate expiry monitoring\nAutomated renewal");
        await page.ClickAsync("[data-actions] [data-add-row]");
        await page.FillAsync("[data-actions] [data-row] input[name=action-description]", "Move the last manual certificates to ACME");
        await page.FillAsync("[data-actions] [data-row] input[name=action-owner]", user);
        await page.FillAsync("[data-actions] [data-row] input[name=action-due]", "2027-02-28");
        await page.ClickAsync("[data-alternatives] [data-add-row]");
        await page.FillAsync("[data-alternatives] [data-row] input[name=alternative-description]", "Buy ten-year certificates");
        await page.FillAsync("[data-alternatives] [data-row] input[name=alternative-whyRejected]", "Browsers refuse certificates valid that long");
        await page.FillAsync("[data-risk-form] input[name=tickets]", "PRB9999999");
        await page.ClickAsync("[data-risk-form] button[type=submit]");
        await page.Locator("[data-risk-form] [data-field-problem=tickets]").Filter(new() { HasText = "PRB9999999" }).WaitForAsync(Soon);
        await page.FillAsync("[data-risk-form] input[name=tickets]", problem.GetProperty("number").GetString()!);
        await page.SelectOptionAsync("[data-risk-form] select[name=residualImpact]", "4");
        await page.SelectOptionAsync("[data-risk-form] select[name=residualLikelihood]", "1");
        await page.ClickAsync("[data-risk-form] button[type=submit]");
        await page.Locator("[data-fact=Residual]").Filter(new() { HasText = "4 × 1 = 4 (low)" }).WaitForAsync(Soon);
        await page.ClickAsync("[data-move=treated]");
        await page.Locator("[data-risk][data-status=treated]").WaitForAsync(Soon);

        await page.FillAsync("[data-filters] input[name=serviceId]", service);
        await page.ClickAsync("[data-filters] button[type=submit]");
        await page.ClickAsync("[data-heat-map] [data-cell='4:1'] button");
        await page.Locator($"[data-risks] [data-risk-number='{number}']").WaitForAsync(Soon);
        await page.Locator("[data-history] li").Filter(new() { HasText = "residual" }).WaitForAsync(Soon);

        var axe = await page.RunAxe();
        var findings = AxeFindings.Serious(axe, "risks.html with a risk shown").ToList();
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));

        var risk = await App.Http.GetFromJsonAsync<JsonElement>($"api/risks/{number}");
        Assert.Equal("treated", risk.GetProperty("status").GetString());
        Assert.Equal(["Certificate expiry monitoring", "Automated renewal"], risk.GetProperty("controls").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("2027-02-28", risk.GetProperty("actions")[0].GetProperty("due").GetString());
        Assert.Equal("Browsers refuse certificates valid that long", risk.GetProperty("alternatives")[0].GetProperty("whyRejected").GetString());
        Assert.Equal(problem.GetProperty("id").GetGuid(), Assert.Single(risk.GetProperty("links").GetProperty("problemIds").EnumerateArray()).GetGuid());
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("noc")]
    public async Task Agents_and_the_noc_read_a_risk_but_have_nothing_to_change_it_with(string role)
    {
        var (owner, _) = await Accounts.CreateUser(App, "change-manager");
        using var created = await App.Http.PostAsJsonAsync("api/risks", new { title = "Read-only probe", category = "capacity", owner, inherent = new { impact = 3, likelihood = 4 } });
        await created.EnsureStatus(HttpStatusCode.Created);
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString();

        var page = await OpenSignedIn("risks.html", role);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.ClickAsync($"[data-risk-number='{number}']");
        await page.Locator($"[data-risk='{number}']").WaitForAsync(Soon);

        Assert.Equal("Read-only probe", await page.InputValueAsync("[data-risk-form] input[name=title]"));
        Assert.True(await page.IsDisabledAsync("[data-risk-form] input[name=title]"));
        Assert.False(await page.IsVisibleAsync(".new-risk"));
        Assert.False(await page.IsVisibleAsync("[data-moves-form]"));
        Assert.False(await page.IsVisibleAsync("[data-risk-form] button[type=submit]"));
    }

    [Fact]
    public async Task A_risk_changed_by_someone_else_is_shown_live_in_the_register_and_on_the_risk()
    {
        var (owner, _) = await Accounts.CreateUser(App, "change-manager");
        using var created = await App.Http.PostAsJsonAsync("api/risks", new { title = "Live probe " + Guid.NewGuid().ToString("N")[..6], category = "operational", owner });
        var risk = await created.Content.ReadFromJsonAsync<JsonElement>();
        var number = risk.GetProperty("number").GetString();

        var page = await OpenSignedIn($"risks.html?id={risk.GetProperty("id").GetString()}", "noc");
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        await page.Locator($"[data-risk='{number}']").WaitForAsync(Soon);

        using (var renamed = await App.Http.Send(HttpMethod.Patch, $"api/risks/{risk.GetProperty("id").GetString()}", new { title = "Renamed elsewhere", inherent = new { impact = 2, likelihood = 2 } }))
        {
            await renamed.EnsureStatus(HttpStatusCode.OK);
        }

        await page.Locator("[data-risk-heading]").Filter(new() { HasText = $"{number} · Renamed elsewhere" }).WaitForAsync(Soon);
        await page.Locator($"[data-risk-number='{number}']").Filter(new() { HasText = "Renamed elsewhere" }).WaitForAsync(Soon);
    }

    [Fact]
    public async Task A_requester_is_told_the_register_is_not_for_their_role()
    {
        var page = await OpenSignedIn("risks.html", "requester");
        await page.Locator("[data-refused]").Filter(new() { HasText = "Risks is not for your role" }).WaitForAsync(new() { Timeout = 20_000 });
    }
}
