namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The administration console's services and maintenance sections, driven only by clicking and typing.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class AdminConsoleServicesTests(WebAppFixture app) : AdminConsoleTest(app)
{
    [Fact]
    public async Task An_admin_defines_two_services_makes_one_depend_on_the_other_and_sees_a_cycle_refused_in_place()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (database, crm, group) = ($"db-{suffix}", $"crm-{suffix}", $"dba-{suffix}");
        await Accounts.CreateUser(App, "agent", group);
        var page = await OpenSection("services");

        await DefineService(page, database, "Customer database", "technical", group, "1");
        await DefineService(page, crm, "CRM", "business", group, "2");
        var dependencies = page.Locator($"[data-service-dependencies][data-service='{crm}']");
        await dependencies.Locator("select[name=dependsOn]").SelectOptionAsync(database);
        await dependencies.Locator("button[type=submit]").ClickAsync();
        await dependencies.Locator($"[data-dependency='{database}']").WaitForAsync(new() { Timeout = 10_000 });
        await Screenshot(page, "admin-console.png");

        await page.ClickAsync($"[data-edit-service='{database}']");
        var ofDatabase = page.Locator($"[data-service-dependencies][data-service='{database}']");
        await ofDatabase.Locator("select[name=dependsOn]").SelectOptionAsync(crm);
        await ofDatabase.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(ofDatabase.Locator("[data-field-problem=dependsOn]"))
            .ToHaveTextAsync($"That dependency would close a cycle: {database} → {crm} → {database}.", new() { Timeout = 10_000 });

        var stored = await App.Http.GetFromJsonAsync<JsonElement>($"api/services/{crm}");
        Assert.Equal([database], stored.GetProperty("dependsOn").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(("business", group, 2), (stored.GetProperty("kind").GetString(), stored.GetProperty("supportGroup").GetString(), stored.GetProperty("criticality").GetInt32()));
        Assert.Empty((await App.Http.GetFromJsonAsync<JsonElement>($"api/services/{database}")).GetProperty("dependsOn").EnumerateArray());
    }

    [Fact]
    public async Task An_admin_adds_a_weekly_maintenance_window_after_a_wrong_time_zone_is_refused_beside_its_field()
    {
        var service = $"mail-{Guid.NewGuid():N}"[..13];
        var page = await OpenSection("services");
        await DefineService(page, service, "Mail", "technical", null, "3");

        await page.ClickAsync("[data-admin-section-link=maintenance]");
        await page.Locator("[data-maintenance-service]").FocusAsync();
        await page.SelectOptionAsync("[data-maintenance-service]", service);
        var weekly = page.Locator($"[data-maintenance][data-service='{service}'] [data-weekly-form]");
        await weekly.Locator("select[name=day]").SelectOptionAsync("sunday");
        await weekly.Locator("input[name=start]").FillAsync("02:30");
        await weekly.Locator("input[name=duration]").FillAsync("4");
        await weekly.Locator("input[name=timeZone]").FillAsync("Mars/Olympus");
        await weekly.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(weekly.Locator("[data-field-problem=timeZone]")).ToContainTextAsync("not an IANA time zone", new() { Timeout = 10_000 });

        await weekly.Locator("input[name=timeZone]").FillAsync("Europe/Paris");
        await weekly.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-weekly-windows] [data-window=weekly]"))
            .ToContainTextAsync("Every Sunday at 02:30 for 4 h (Europe/Paris)", new() { Timeout = 10_000 });

        var window = Assert.Single((await App.Http.GetFromJsonAsync<JsonElement>($"api/services/{service}")).GetProperty("maintenance").GetProperty("weekly").EnumerateArray());
        Assert.Equal(("sunday", "02:30:00", "04:00:00", "Europe/Paris"),
            (window.GetProperty("day").GetString(), window.GetProperty("start").GetString(), window.GetProperty("duration").GetString(), window.GetProperty("timeZone").GetString()));
    }

    [Fact]
    public async Task An_agent_is_refused_the_console()
    {
        var page = await OpenSignedIn("admin.html", "agent");

        await Assertions.Expect(page.Locator("[data-refused] h1")).ToHaveTextAsync("Administration is not for your role", new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task A_group_created_since_the_console_opened_is_offered_without_losing_what_was_typed_meanwhile()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (service, group) = ($"mail-{suffix}", $"mail-team-{suffix}");
        var page = await OpenSection("services");
        await Accounts.CreateUser(App, "agent", group);
        await page.RouteAsync("**/api/groups", async route =>
        {
            await Task.Delay(1_500);
            await route.ContinueAsync();
        });

        await DefineService(page, service, "Mail relay", "technical", group, "2");

        var stored = await App.Http.GetFromJsonAsync<JsonElement>($"api/services/{service}");
        Assert.Equal(("Mail relay", group, 2),
            (stored.GetProperty("name").GetString(), stored.GetProperty("supportGroup").GetString(), stored.GetProperty("criticality").GetInt32()));
    }

    private static async Task DefineService(IPage page, string id, string name, string kind, string? supportGroup, string criticality)
    {
        await page.ClickAsync("[data-new-service]");
        var form = page.Locator("[data-service-form]");
        await form.Locator("input[name=id]").FillAsync(id);
        await form.Locator("input[name=name]").FillAsync(name);
        await form.Locator("select[name=kind]").SelectOptionAsync(kind);
        if (supportGroup is not null)
        {
            await form.Locator("select[name=supportGroup]").SelectOptionAsync(supportGroup);
        }

        await form.Locator("select[name=criticality]").SelectOptionAsync(criticality);
        await form.Locator("button[type=submit]").ClickAsync();
        await page.Locator($"[data-service-list] tr[data-service='{id}']").WaitForAsync(new() { Timeout = 10_000 });
    }
}
