using System.Text.RegularExpressions;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>A requester's incidents on the request portal: raised there, listed as theirs alone, their status live.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class RequesterIncidentPortalTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_requester_raises_an_incident_on_the_portal_and_follows_its_status_live_and_sees_nobody_elses()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (service, group) = ($"mail-{suffix}", $"mail-team-{suffix}");
        using (var defined = await App.Http.PutAsJsonAsync($"api/services/{service}", new { name = $"Mail {suffix}", kind = "business", criticality = 2, supportGroup = group }))
        {
            await defined.EnsureStatus(System.Net.HttpStatusCode.OK);
        }

        var someoneElses = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Someone else's mailbox is full", requester: "rita"));
        var (user, password) = await Accounts.CreateUser(App, "requester");
        var page = await OpenSignedInAs("requests.html", user, password);
        await page.Locator("[data-my-incidents]").WaitForAsync(Soon);

        await page.ClickAsync("[data-raise-from-portal]");
        var dialog = page.Locator("[data-raise-dialog][data-ready=true]");
        await dialog.WaitForAsync(Soon);
        Assert.Equal(0, await dialog.Locator("[data-raise-caller]").CountAsync());
        Assert.Equal(0, await dialog.Locator("[data-raise-group]").CountAsync());
        await dialog.Locator("input[name=title]").FillAsync("Mail will not send");
        await dialog.Locator("textarea[name=description]").FillAsync("Outbox keeps every message");
        await dialog.Locator("[data-raise-service]").FillAsync(service);
        await Assertions.Expect(dialog.Locator("[data-raise-proposed-group]")).ToHaveTextAsync(group);
        await dialog.Locator("select[name=urgency]").SelectOptionAsync("high");
        await Assertions.Expect(dialog.Locator("[data-raise-priority]")).ToHaveTextAsync("P2");
        await dialog.Locator("button[data-raise-submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/ticket\.html\?id=[^/]+$"), new() { Timeout = 15_000 });
        var id = Guid.Parse(new Uri(page.Url).Query.Split('=')[1]);
        var stored = (await App.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{id}", WireJson.Options))!;
        Assert.Equal((user, group, Priority.P2), (stored.Requester, stored.AssignmentGroup, stored.Priority));

        await page.GotoAsync(new Uri(App.BaseAddress, "requests.html").ToString());
        var row = page.Locator($"[data-my-incident-rows] tr[data-incident-id='{id}']");
        await row.WaitForAsync(Soon);
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "new");
        await page.Locator("[data-my-incidents][data-connection-state=live]").WaitForAsync(Soon);

        await Desk(id, "assignment", new { assignee = "alice" });
        await Desk(id, "transitions", new { to = "inProgress" });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "inProgress", new() { Timeout = 15_000 });
        await Desk(id, "transitions", new { to = "resolved", resolutionCode = "solvedPermanently", resolutionNotes = "Cleared the outbox" });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "resolved", new() { Timeout = 15_000 });

        Assert.Equal(1, await page.Locator("[data-my-incident-rows] tr").CountAsync());
        await Screenshot(page, "requester-portal.png");
        Assert.Equal(0, await page.Locator($"[data-my-incident-rows] tr[data-incident-id='{someoneElses.Id}']").CountAsync());
        await row.Locator("a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($@"/ticket\.html\?id={id}$"), new() { Timeout = 15_000 });
    }

    private async Task Desk(Guid id, string action, object body)
    {
        using var response = await App.Http.Send(HttpMethod.Post, $"api/incidents/{id}/{action}", body);
        await response.EnsureStatus(System.Net.HttpStatusCode.OK);
    }
}
