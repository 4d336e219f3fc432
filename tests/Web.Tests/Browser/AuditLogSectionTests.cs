namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The audit log in the administration console: newest first, older entries a page at a time.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class AuditLogSectionTests(WebAppFixture app) : BrowserTest(app)
{
    /// <summary>One more than the console's page, so what came before them is on its second page.</summary>
    private const int Refusals = 51;

    [Fact]
    public async Task An_admin_finds_an_account_they_created_in_the_audit_log_below_newer_entries_after_loading_older_ones()
    {
        var (created, _) = await Accounts.CreateUser(App, "agent");
        using var requester = App.CreateHttp(await Accounts.CreateNamedApiKey(App, $"nosy-{Guid.NewGuid():N}"[..16], "requester"));
        for (var i = 0; i < Refusals; i++)
        {
            using var refused = await requester.GetAsync("api/admin/users");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var page = await OpenSignedIn("admin.html", "admin");
        await page.ClickAsync("[data-admin-section-link=audit]");
        var rows = page.Locator("[data-audit-rows] tr");
        var createdRow = page.Locator("[data-audit-rows] tr[data-kind=user-created]", new() { HasText = created });
        await Assertions.Expect(rows).ToHaveCountAsync(50, new() { Timeout = 15_000 });
        Assert.Equal(0, await createdRow.CountAsync());

        await page.ClickAsync("[data-audit-more]");
        await createdRow.WaitForAsync(new() { Timeout = 15_000 });
        await Screenshot(page, "admin-audit.png");
        Assert.Empty(await AxeFindings.Serious(page, "the audit log"));
        var cells = await createdRow.Locator("td").AllInnerTextsAsync();
        Assert.Equal(new[] { "user created", created }, cells.Skip(2).Take(2));
        Assert.Contains("roles agent", cells[4], StringComparison.Ordinal);

        var ids = (await page.Locator("[data-audit-rows] tr").EvaluateAllAsync<long[]>("rows => rows.map(r => Number(r.dataset.auditEntry))")).ToList();
        Assert.True(ids.Count > 50);
        Assert.Equal(ids.OrderDescending(), ids);
        var refusal = page.Locator("[data-audit-rows] tr[data-kind=permission-denied]", new() { HasText = "GET /api/admin/users" }).First;
        Assert.True(ids.IndexOf(long.Parse(await refusal.GetAttributeAsync("data-audit-entry") ?? "0", System.Globalization.CultureInfo.InvariantCulture))
            < ids.IndexOf(long.Parse(await createdRow.GetAttributeAsync("data-audit-entry") ?? "0", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
