using System.Text.RegularExpressions;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>Raising an incident from any page, through the dialog every page's header offers.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class RaiseIncidentDialogTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_agent_raises_an_incident_from_the_search_page_with_the_computed_priority_and_the_services_support_group()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (service, group) = ($"payroll-{suffix}", $"payroll-team-{suffix}");
        using (var defined = await App.Http.PutAsJsonAsync($"api/services/{service}", new { name = $"Payroll {suffix}", kind = "business", criticality = 2, supportGroup = group }))
        {
            await defined.EnsureStatus(System.Net.HttpStatusCode.OK);
        }

        var page = await OpenSignedIn("search.html", "agent");
        await page.ClickAsync("[data-raise-incident]");
        var dialog = page.Locator("[data-raise-dialog][data-ready=true]");
        await dialog.WaitForAsync(Soon);

        await dialog.Locator("button[data-raise-submit]").ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-field-problem=title]")).Not.ToBeEmptyAsync();
        Assert.True(await dialog.IsVisibleAsync());

        await dialog.Locator("input[name=title]").FillAsync("Payslips show last month's figures");
        await dialog.Locator("textarea[name=description]").FillAsync("Every payslip since this morning");
        await dialog.Locator("[data-raise-caller]").FillAsync("bob");
        await dialog.Locator("[data-raise-service]").FillAsync(service);
        await Assertions.Expect(dialog.Locator("[data-raise-service-name]")).ToHaveTextAsync($"Payroll {suffix}");
        await Assertions.Expect(dialog.Locator("[data-raise-proposed-group]")).ToHaveTextAsync(group);
        await Assertions.Expect(dialog.Locator("[data-raise-group]")).ToHaveValueAsync(group);

        await Assertions.Expect(dialog.Locator("[data-raise-priority]")).ToHaveTextAsync("P3");
        await dialog.Locator("select[name=impact]").SelectOptionAsync("high");
        await Assertions.Expect(dialog.Locator("[data-raise-priority]")).ToHaveTextAsync("P2");
        await dialog.Locator("select[name=urgency]").SelectOptionAsync("high");
        await Assertions.Expect(dialog.Locator("[data-raise-priority]")).ToHaveTextAsync("P1");
        await dialog.Locator("select[name=urgency]").SelectOptionAsync("low");
        await Assertions.Expect(dialog.Locator("[data-raise-priority]")).ToHaveTextAsync("P3");

        await dialog.Locator("button[data-raise-submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/ticket\.html\?id=[^/]+$"), new() { Timeout = 15_000 });

        var id = new Uri(page.Url).Query.Split('=')[1];
        var stored = (await App.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{id}", WireJson.Options))!;
        Assert.Equal(("Payslips show last month's figures", Priority.P3, group, service, "bob"),
            (stored.Title, stored.Priority, stored.AssignmentGroup, stored.ServiceId, stored.Requester));
    }

    [Fact]
    public async Task A_change_manager_who_may_not_raise_incidents_is_not_offered_the_button()
    {
        var page = await OpenSignedIn("search.html", "change-manager");
        await page.Locator("body[data-shell=ready]").WaitForAsync(Soon);

        Assert.Equal(0, await page.Locator("[data-raise-incident]").CountAsync());
    }
}
