using System.Text.RegularExpressions;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>Triage on the board: acknowledge and take from the row, and from the keyboard.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class BoardTriageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_agent_acknowledges_an_escalating_incident_and_takes_another_from_their_rows_and_the_noc_may_only_acknowledge()
    {
        var group = await App.NewGroup("triage");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await Put($"api/escalation-policies/page-{suffix}", new
        {
            name = "Page the desk",
            minimumPriority = "P5",
            levels = new[] { new { escalateAfter = "00:30:00", targets = new[] { new { kind = "user", id = "bob" } } } },
        });
        var service = $"orders-{suffix}";
        await Put($"api/services/{service}", new { name = "Orders", kind = "technical", criticality = 1, supportGroup = group, escalationPolicy = $"page-{suffix}" });
        var escalating = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Orders time out", service: service));
        var quiet = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Order export slow", group: group, impact: "low", urgency: "low"));
        var (agent, password) = await Accounts.CreateUser(App, "agent", group);

        var noc = await OpenSignedIn($"?group={group}", "noc");
        await noc.Locator($"tr[data-incident-id='{quiet.Id}']").WaitForAsync(Soon);
        await noc.Locator($"tr[data-incident-id='{escalating.Id}']").WaitForAsync(Soon);
        await Assertions.Expect(noc.Locator($"tr[data-incident-id='{escalating.Id}'] button[data-row-action=acknowledge]")).ToBeVisibleAsync();
        Assert.Equal(1, await noc.Locator("button[data-row-action]:visible").CountAsync());

        var page = await OpenSignedInAs($"?group={group}", agent, password);
        var escalatingRow = page.Locator($"tr[data-incident-id='{escalating.Id}']");
        var quietRow = page.Locator($"tr[data-incident-id='{quiet.Id}']");
        await escalatingRow.Locator("button[data-row-action=acknowledge]").ClickAsync();
        await Assertions.Expect(escalatingRow.Locator(".assignee")).ToHaveTextAsync(agent, new() { Timeout = 15_000 });
        await Assertions.Expect(escalatingRow.Locator("button[data-row-action]")).ToBeHiddenAsync();
        await Eventually.Get(async () =>
        {
            var view = await App.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{escalating.Id}/escalation");
            return view.GetProperty("status").GetString() == "acknowledged" ? view.GetProperty("status").GetString() : null;
        }, TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(200), "The escalation stopping as acknowledged");

        await quietRow.Locator("button[data-row-action=take]").ClickAsync();
        await Assertions.Expect(quietRow.Locator(".assignee")).ToHaveTextAsync(agent, new() { Timeout = 15_000 });
        var stored = (await App.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{quiet.Id}", WireJson.Options))!;
        Assert.Equal((agent, IncidentStatus.Assigned), (stored.Assignee, stored.Status));
    }

    [Fact]
    public async Task An_agent_triages_from_the_keyboard_moving_with_j_and_k_taking_with_a_and_opening_with_enter()
    {
        var group = await App.NewGroup("keys");
        var first = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Core router down", group: group, impact: "high", urgency: "high"));
        var second = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Wi-Fi slow on floor 3", group: group, impact: "medium", urgency: "medium"));
        var third = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Printer jammed", group: group, impact: "low", urgency: "low"));
        var (agent, password) = await Accounts.CreateUser(App, "agent", group);
        var page = await OpenSignedInAs($"?group={group}", agent, password);
        await page.Locator($"tr[data-incident-id='{third.Id}']").WaitForAsync(Soon);
        await Assertions.Expect(page.Locator("[data-keys-help]")).ToHaveTextAsync("Keys: j/k move, Enter open, a take");
        var selected = page.Locator("tr[aria-selected=true]");

        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(selected).ToHaveAttributeAsync("data-incident-id", first.Id.ToString());
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(selected).ToHaveAttributeAsync("data-incident-id", third.Id.ToString());
        await page.Keyboard.PressAsync("k");
        await Assertions.Expect(selected).ToHaveAttributeAsync("data-incident-id", second.Id.ToString());

        // Typing into a field is typing, not triage.
        await page.ClickAsync("[data-raise-incident]");
        await page.Locator("[data-raise-dialog] input[name=title]").PressSequentiallyAsync("jka");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(selected).ToHaveAttributeAsync("data-incident-id", second.Id.ToString());

        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(page.Locator($"tr[data-incident-id='{second.Id}'] .assignee")).ToHaveTextAsync(agent, new() { Timeout = 15_000 });
        var taken = (await App.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{second.Id}", WireJson.Options))!;
        Assert.Equal(agent, taken.Assignee);
        Assert.Null((await App.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{first.Id}", WireJson.Options))!.Assignee);

        await page.Keyboard.PressAsync("k");
        await Assertions.Expect(selected).ToHaveAttributeAsync("data-incident-id", first.Id.ToString());
        // Waits on the address itself: the ticket may have finished loading before a navigation wait would begin.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($@"/ticket\.html\?id={first.Id}$"), new() { Timeout = 15_000 });
    }

    private async Task Put(string path, object body)
    {
        using var response = await App.Http.PutAsJsonAsync(path, body);
        await response.EnsureStatus(System.Net.HttpStatusCode.OK);
    }
}
