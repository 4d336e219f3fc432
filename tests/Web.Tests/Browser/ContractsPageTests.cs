namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The contracts and licences page in real headless Chromium: define, assign, and see compliance and notices change live.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class ContractsPageTests(WebAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task An_admin_defines_a_licence_and_a_contract_and_over_assignment_shows_as_a_live_notice()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var licenceId = $"visio-{suffix}";
        var contractId = $"acme-{suffix}";
        var product = $"Visio {suffix}";
        var page = await OpenSignedIn("contracts.html", "admin");
        await page.Locator("body[data-ready=true][data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });

        await page.ClickAsync("[data-licence-editor] summary");
        await page.FillAsync("[data-licence-form] input[name=id]", licenceId);
        await page.FillAsync("[data-licence-form] input[name=product]", product);
        await page.FillAsync("[data-licence-form] input[name=vendor]", "Microsoft");
        await page.FillAsync("[data-licence-form] input[name=entitlements]", "1");
        await page.ClickAsync("[data-licence-form] button[type=submit]");
        await page.Locator($"tr[data-licence='{licenceId}'][data-compliance=under]").WaitForAsync(new() { Timeout = 10_000 });

        await page.ClickAsync($"tr[data-licence='{licenceId}'] button");
        await page.Locator($"[data-licence-detail][data-licence='{licenceId}']").WaitForAsync(new() { Timeout = 10_000 });
        foreach (var person in new[] { "ann", "ben" })
        {
            await page.FillAsync("[data-assign-form] input", person);
            await page.ClickAsync("[data-assign-form] button");
            await page.Locator($"[data-release='{person}']").WaitForAsync(new() { Timeout = 10_000 });
        }

        await page.Locator($"tr[data-licence='{licenceId}'][data-compliance=over]").WaitForAsync(new() { Timeout = 10_000 });
        await page.Locator("[data-notices] [data-notice]").Filter(new() { HasText = $"{product} (Microsoft): 2 seats assigned, 1 entitled" }).WaitForAsync(new() { Timeout = 10_000 });
        await page.ClickAsync("[data-release='ben']");
        await page.Locator("[data-notices] [data-notice]").Filter(new() { HasText = product }).WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await page.ClickAsync("[data-contract-editor] summary");
        await page.FillAsync("[data-contract-form] input[name=id]", contractId);
        await page.FillAsync("[data-contract-form] input[name=vendor]", "Acme Hosting");
        await page.FillAsync("[data-contract-form] input[name=name]", "Managed database support");
        await page.FillAsync("[data-contract-form] input[name=serviceIds]", "crm, billing");
        await page.FillAsync("[data-contract-form] input[name=responseHours]", "4");
        await page.FillAsync("[data-contract-form] input[name=resolutionHours]", "24");
        await page.FillAsync("[data-contract-form] input[name=start]", today.AddDays(-300).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("[data-contract-form] input[name=end]", today.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.ClickAsync("[data-contract-form] button[type=submit]");
        await page.Locator($"tr[data-contract='{contractId}'][data-status=expiringSoon]").WaitForAsync(new() { Timeout = 10_000 });

        await page.FillAsync("[data-contract-form] input[name=end]", today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.ClickAsync("[data-contract-form] button[type=submit]");
        await page.Locator($"tr[data-contract='{contractId}'][data-status=expired]").WaitForAsync(new() { Timeout = 10_000 });

        var contract = await App.Http.GetFromJsonAsync<JsonElement>($"api/vendor-contracts/{contractId}");
        Assert.Equal("04:00:00", contract.GetProperty("responseTarget").GetString());
        Assert.Equal("1.00:00:00", contract.GetProperty("resolutionTarget").GetString());
        Assert.Equal(["crm", "billing"], contract.GetProperty("serviceIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(2, contract.GetProperty("version").GetInt32());

        await Screenshot(page, "contracts.png");
    }

    [Fact]
    public async Task An_agent_assigns_seats_but_sees_no_editors()
    {
        var id = $"jira-{Guid.NewGuid():N}"[..13];
        using (var defined = await App.Http.PutAsJsonAsync($"api/licences/{id}", new { product = "Jira", vendor = "Atlassian", entitlements = 5 }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var page = await OpenSignedIn("contracts.html", "agent");
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        Assert.False(await page.Locator("[data-licence-editor]").IsVisibleAsync());
        Assert.False(await page.Locator("[data-contract-editor]").IsVisibleAsync());

        await page.ClickAsync($"tr[data-licence='{id}'] button");
        await page.FillAsync("[data-assign-form] input", "carl");
        await page.ClickAsync("[data-assign-form] button");
        await page.Locator($"[data-release='carl']").WaitForAsync(new() { Timeout = 10_000 });
        var licence = await App.Http.GetFromJsonAsync<JsonElement>($"api/licences/{id}");
        Assert.Equal(["carl"], licence.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("assignee").GetString()));
    }
}
