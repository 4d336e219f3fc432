namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The administration console's SLA section: the configured policies and calendars, shown and not editable.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class AdminConsoleSlaTests(WebAppFixture app) : AdminConsoleTest(app)
{
    [Fact]
    public async Task An_admin_reads_the_configured_policies_and_calendars_and_is_told_they_are_read_only()
    {
        var page = await OpenSection("sla");
        var section = page.Locator("[data-admin-section=sla]");

        await Assertions.Expect(section.Locator("tr[data-sla-policy=standard]")).ToContainTextAsync("15 min", new() { Timeout = 10_000 });
        await Assertions.Expect(section.Locator("tr[data-business-calendar=business-hours]")).ToContainTextAsync("Mon", new() { Timeout = 10_000 });
        await Assertions.Expect(section.Locator(".panel-note")).ToHaveTextAsync("configured in appsettings `Sla:` — read-only here");
        Assert.Equal(0, await section.Locator("input, select, textarea, button").CountAsync());
    }
}
