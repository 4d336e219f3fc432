using System.Text.RegularExpressions;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>An agent works incidents through their whole lifecycle on the ticket page, only by clicking and typing.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class TicketWorkflowPageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_agent_raises_an_incident_assigns_it_from_the_group_lists_starts_holds_resolves_and_closes_it_and_a_refused_move_shows_the_servers_reason()
    {
        var group = $"desk-{Guid.NewGuid():N}"[..16];
        var (agent, password) = await Accounts.CreateUser(App, "agent", group);
        var (colleague, _) = await Accounts.CreateUser(App, "agent", group);
        var page = await OpenSignedInAs("", agent, password);
        await page.ClickAsync("[data-raise-incident]");
        var dialog = page.Locator("[data-raise-dialog][data-ready=true]");
        await dialog.WaitForAsync(Soon);
        await dialog.Locator("input[name=title]").FillAsync("Scanner on floor 3 jams");
        await dialog.Locator("textarea[name=description]").FillAsync("Every scan job stops half way");
        await dialog.Locator("[data-raise-caller]").FillAsync("bob");
        await dialog.Locator("button[data-raise-submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/ticket\.html\?id=[^/]+$"), new() { Timeout = 15_000 });
        var incident = await Stored(Guid.Parse(new Uri(page.Url).Query.Split('=')[1]));
        Assert.Equal(("Scanner on floor 3 jams", "bob", IncidentStatus.New), (incident.Title, incident.Requester, incident.Status));
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });

        await page.Locator($"[data-assign-form] select[name=assignmentGroup] option[value='{group}']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await page.SelectOptionAsync("[data-assign-form] select[name=assignmentGroup]", group);
        foreach (var member in new[] { agent, colleague })
        {
            await Assertions.Expect(page.Locator($"[data-assign-form] select[name=assignee] option[value='{member}']")).ToHaveCountAsync(1);
        }

        await page.SelectOptionAsync("[data-assign-form] select[name=assignee]", agent);
        await page.ClickAsync("[data-assign]");
        await page.Locator("[data-fact=assignee]").Filter(new() { HasText = agent }).WaitForAsync(Soon);
        var stored = await Stored(incident.Id);
        Assert.Equal((group, agent, IncidentStatus.Assigned), (stored.AssignmentGroup, stored.Assignee, stored.Status));

        await page.ClickAsync("[data-move=inProgress]");
        await page.Locator("[data-fact=status]").Filter(new() { HasText = "In progress" }).WaitForAsync(Soon);
        Assert.Equal(IncidentStatus.InProgress, (await Stored(incident.Id)).Status);

        await page.ClickAsync("[data-move=onHold]");
        await page.SelectOptionAsync("[data-move-form] select[name=holdReason]", "awaitingVendor");
        await page.ClickAsync("[data-confirm-move=onHold]");
        await page.Locator("[data-fact=status]").Filter(new() { HasText = "On hold" }).WaitForAsync(Soon);
        await page.Locator("[data-sla-clock=resolution][data-state=paused]").WaitForAsync(Soon);
        await Screenshot(page, "ticket-workflow.png");
        stored = await Stored(incident.Id);
        Assert.Equal((IncidentStatus.OnHold, HoldReason.AwaitingVendor), (stored.Status, stored.HoldReason));

        await page.ClickAsync("[data-move=inProgress]");
        await page.Locator("[data-fact=status]").Filter(new() { HasText = "In progress" }).WaitForAsync(Soon);
        await page.ClickAsync("[data-move=resolved]");
        await page.SelectOptionAsync("[data-move-form] select[name=resolutionCode]", "solvedWorkaround");
        await page.ClickAsync("[data-confirm-move=resolved]");
        await page.Locator("[data-move-problem]").Filter(new() { HasText = "Resolution notes are required" }).WaitForAsync(Soon);
        Assert.Equal(IncidentStatus.InProgress, (await Stored(incident.Id)).Status);

        await page.FillAsync("[data-move-form] textarea[name=resolutionNotes]", "Replaced the pickup roller");
        await page.ClickAsync("[data-confirm-move=resolved]");
        await page.Locator("[data-fact=status]").Filter(new() { HasText = "Resolved" }).WaitForAsync(Soon);
        await Assertions.Expect(page.Locator("[data-move-problem]")).ToBeEmptyAsync();
        stored = await Stored(incident.Id);
        Assert.Equal((IncidentStatus.Resolved, ResolutionCode.SolvedWorkaround, "Replaced the pickup roller"), (stored.Status, stored.ResolutionCode, stored.ResolutionNotes));

        await page.ClickAsync("[data-move=closed]");
        await page.Locator("[data-fact=status]").Filter(new() { HasText = "Closed" }).WaitForAsync(Soon);
        await Assertions.Expect(page.Locator("[data-moves] button")).ToHaveCountAsync(0);
        Assert.Equal(IncidentStatus.Closed, (await Stored(incident.Id)).Status);
    }

    [Fact]
    public async Task An_agent_reopens_a_resolved_incident_with_a_reason_and_cancels_a_new_one()
    {
        var group = $"desk-{Guid.NewGuid():N}"[..16];
        var (agent, password) = await Accounts.CreateUser(App, "agent", group);
        var resolved = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Wi-Fi drops in the canteen", group: group, assignee: agent));
        await Desk(resolved.Id, new { to = "inProgress" });
        await Desk(resolved.Id, new { to = "resolved", resolutionCode = "solvedPermanently", resolutionNotes = "Moved the access point" });
        var page = await OpenSignedInAs($"ticket.html?id={resolved.Id}", agent, password);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });

        await page.ClickAsync("[data-move=inProgress]");
        await Assertions.Expect(page.Locator("[data-move=inProgress]")).ToHaveTextAsync("Reopen");
        await page.FillAsync("[data-move-form] textarea[name=note]", "Drops again at lunchtime");
        await page.ClickAsync("[data-confirm-move=inProgress]");
        await page.Locator("[data-fact=status]").Filter(new() { HasText = "In progress" }).WaitForAsync(Soon);
        await page.Locator("[data-timeline] li").Filter(new() { HasText = "Drops again at lunchtime" }).WaitForAsync(Soon);
        var stored = await Stored(resolved.Id);
        Assert.Equal((IncidentStatus.InProgress, null), (stored.Status, stored.ResolutionCode));
        var history = (await App.Http.GetFromJsonAsync<List<HistoryEntry>>($"api/incidents/{resolved.Id}/history", WireJson.Options))!;
        Assert.Contains(history, h => h.Note == "Drops again at lunchtime");

        var unwanted = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Duplicate of the canteen Wi-Fi", group: group));
        await page.GotoAsync(new Uri(App.BaseAddress, $"ticket.html?id={unwanted.Id}").ToString());
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.ClickAsync("[data-move=cancelled]");
        await page.FillAsync("[data-move-form] textarea[name=note]", "Raised twice");
        await page.ClickAsync("[data-confirm-move=cancelled]");
        await page.Locator("[data-fact=status]").Filter(new() { HasText = "Cancelled" }).WaitForAsync(Soon);
        Assert.Equal(IncidentStatus.Cancelled, (await Stored(unwanted.Id)).Status);
    }

    [Fact]
    public async Task A_move_someone_else_made_first_is_refused_with_the_servers_reason_and_the_page_shows_the_ticket_as_it_is_now()
    {
        var group = $"desk-{Guid.NewGuid():N}"[..16];
        var (agent, password) = await Accounts.CreateUser(App, "agent", group);
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Plotter prints blank pages", group: group, assignee: agent));
        await Desk(incident.Id, new { to = "inProgress" });
        var page = await OpenSignedInAs($"ticket.html?id={incident.Id}", agent, password);
        // The room's messages pass until the test holds them back: the page then keeps the version it has.
        var holdBack = false;
        await page.RouteWebSocketAsync(new System.Text.RegularExpressions.Regex("/hubs/operations"), socket =>
        {
            var server = socket.ConnectToServer();
            server.OnMessage(frame =>
            {
                if (Volatile.Read(ref holdBack))
                {
                    return;
                }

                if (frame.Text is { } text)
                {
                    socket.Send(text);
                }
                else
                {
                    socket.Send(frame.Binary!);
                }
            });
        });
        await page.ReloadAsync();
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.Locator("[data-move=onHold]").WaitForAsync(Soon);

        Volatile.Write(ref holdBack, true);
        await Desk(incident.Id, new { to = "onHold", holdReason = "awaitingCaller" });

        await page.ClickAsync("[data-move=onHold]");
        await page.SelectOptionAsync("[data-move-form] select[name=holdReason]", "awaitingVendor");
        await page.ClickAsync("[data-confirm-move=onHold]");
        await Assertions.Expect(page.Locator("[data-move-problem]")).ToContainTextAsync("Cannot move from onHold to onHold", new() { Timeout = 15_000 });
        await page.Locator("[data-fact=status]").Filter(new() { HasText = "awaitingCaller" }).WaitForAsync(Soon);
        await Assertions.Expect(page.Locator("[data-move=inProgress]")).ToHaveTextAsync("Resume work");
        await Assertions.Expect(page.Locator("[data-move-form]")).ToBeHiddenAsync();
        var stored = await Stored(incident.Id);
        Assert.Equal((IncidentStatus.OnHold, HoldReason.AwaitingCaller), (stored.Status, stored.HoldReason));
    }

    [Fact]
    public async Task An_agent_outside_the_incidents_group_is_offered_no_moves_and_a_noc_watcher_none_either()
    {
        var group = $"payroll-{Guid.NewGuid():N}"[..20];
        await Accounts.CreateUser(App, "agent", group);
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Payroll export stuck", group: group));
        foreach (var role in new[] { "agent", "noc" })
        {
            var page = await OpenSignedIn($"ticket.html?id={incident.Id}", role);
            await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
            await page.Locator("[data-sla-clock=resolution] [data-sla-remaining]").Filter(new() { HasText = "left" }).WaitForAsync(Soon);
            await Assertions.Expect(page.Locator("[data-work-panel]")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("[data-move]")).ToHaveCountAsync(0);
            await page.CloseAsync();
        }
    }

    private async Task Desk(Guid id, object body)
    {
        using var response = await App.Http.PostAsJsonAsync($"api/incidents/{id}/transitions", body);
        await response.EnsureStatus(HttpStatusCode.OK);
    }

    private async Task<IncidentView> Stored(Guid id) => (await App.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{id}", WireJson.Options))!;
}
