using Deque.AxeCore.Playwright;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>
/// The console's services, maintenance, catalogue, SLA and webhook sections, each opened with its forms showing, pass
/// axe-core without serious or critical findings (the page shell test sees only the section the console opens first).
/// </summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class AdminConsoleAccessibilityTests(WebAppFixture app) : AdminConsoleTest(app)
{
    [Fact]
    public async Task The_portfolio_catalogue_sla_and_webhook_sections_pass_axe_core_with_their_forms_open()
    {
        var service = $"axe-{Guid.NewGuid():N}"[..12];
        using (var defined = await App.Http.PutAsJsonAsync($"api/services/{service}", new { name = "Axe probe", kind = "technical" }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var page = await OpenSection("services");
        await page.ClickAsync($"[data-edit-service='{service}']", new() { Timeout = 10_000 });
        await page.Locator($"[data-service-dependencies][data-service='{service}']").WaitForAsync(new() { Timeout = 10_000 });
        var findings = await Findings(page, "services");

        await page.ClickAsync("[data-admin-section-link=maintenance]");
        await page.Locator("[data-maintenance-service]").FocusAsync();
        await page.SelectOptionAsync("[data-maintenance-service]", service);
        await page.Locator($"[data-maintenance][data-service='{service}']").WaitForAsync(new() { Timeout = 10_000 });
        findings.AddRange(await Findings(page, "maintenance"));

        await page.ClickAsync("[data-admin-section-link=catalogue]");
        await page.ClickAsync("[data-add-field]", new() { Timeout = 10_000 });
        findings.AddRange(await Findings(page, "catalogue"));

        await page.ClickAsync("[data-admin-section-link=sla]");
        await page.Locator("[data-sla-policies] tr[data-sla-policy]").First.WaitForAsync(new() { Timeout = 10_000 });
        findings.AddRange(await Findings(page, "sla"));

        await page.ClickAsync("[data-admin-section-link=webhooks]");
        await page.Locator("[data-webhook-form]").WaitForAsync(new() { Timeout = 10_000 });
        findings.AddRange(await Findings(page, "webhooks"));

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    private static async Task<List<string>> Findings(Microsoft.Playwright.IPage page, string section)
    {
        await Screenshot(page, $"admin-{section}.png");
        var result = await page.RunAxe();
        return [.. result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"#{section}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}")];
    }
}
