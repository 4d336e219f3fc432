using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Problems;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>What the ticket page shows beside the workflow: ticking SLA clocks, labelled replies and notes, and problem links.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class TicketDetailPageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task Replies_and_work_notes_are_labelled_apart_and_the_requester_sees_ticking_clocks_and_public_replies_but_no_desk_controls()
    {
        var (requester, requesterPassword) = await Accounts.CreateUser(App, "requester");
        var incident = await App.Http.CreateIncident(new { title = "Laptop will not charge", description = "Since Friday", impact = "high", urgency = "high", requester });
        var page = await OpenSignedInAs($"ticket.html?id={incident.Id}", requester, requesterPassword);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        // A P1 must be answered within 15 minutes: the response countdown shows its seconds going.
        var remaining = page.Locator("[data-sla-clock=response] [data-sla-remaining]");
        await remaining.Filter(new() { HasText = "left" }).WaitForAsync(Soon);
        var first = await remaining.TextContentAsync();
        await Assertions.Expect(remaining).Not.ToHaveTextAsync(first!, new() { Timeout = 5_000 });
        await Assertions.Expect(page.Locator("[data-sla-clock=response] [data-sla-state]")).ToContainTextAsync("running");
        var stored = (await App.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{incident.Id}", WireJson.Options))!;
        await Assertions.Expect(page.Locator("[data-sla-clock=resolution] [data-sla-due]")).ToContainTextAsync(stored.Sla.Resolution.DueAt!.Value.ToUniversalTime().ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));

        var agent = await OpenSignedIn($"ticket.html?id={incident.Id}", "agent");
        await agent.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await agent.FillAsync("[data-reply-form] textarea", "Charger model is the 45 W one");
        await agent.ClickAsync("[data-send]");
        await Assertions.Expect(agent.Locator("[data-reply-form] textarea")).ToBeEmptyAsync(new() { Timeout = 10_000 });
        await agent.FillAsync("[data-reply-form] textarea", "We are sending a new charger");
        await agent.SelectOptionAsync("[data-reply-form] select", "public");
        await agent.ClickAsync("[data-send]");
        await Assertions.Expect(agent.Locator("[data-timeline] li[data-visibility=workNote]").Filter(new() { HasText = "45 W" })).ToContainTextAsync("Internal work note", new() { Timeout = 10_000 });
        await Assertions.Expect(agent.Locator("[data-timeline] li[data-visibility=public]").Filter(new() { HasText = "new charger" })).ToContainTextAsync("Public reply", new() { Timeout = 10_000 });

        await Assertions.Expect(page.Locator("[data-timeline] li[data-visibility=public]").Filter(new() { HasText = "new charger" })).ToContainTextAsync("Public reply", new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("[data-timeline]")).Not.ToContainTextAsync("45 W");
        await Assertions.Expect(page.Locator("[data-timeline]")).Not.ToContainTextAsync("Internal work note");
        // The public reply answered the requester: the response clock stopped in time.
        await Assertions.Expect(page.Locator("[data-sla-clock=response] [data-sla-remaining]")).ToContainTextAsync("met", new() { Timeout = 10_000 });

        await Assertions.Expect(page.Locator("[data-work-panel]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-move]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-acknowledge]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-major-panel]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-problem-panel]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task An_agent_links_the_ticket_to_a_problem_and_applies_a_known_errors_workaround_by_choosing_from_the_problems_list()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var problem = await CreateProblem($"Docking stations drop USB {suffix}");
        var knownError = await CreateProblem($"Badge readers reject new cards {suffix}");
        using (var analysed = await App.Http.PatchAsJsonAsync($"api/problems/{knownError.Id}", new { workaround = "Re-encode the card at reception" }))
        {
            await analysed.EnsureStatus(HttpStatusCode.OK);
        }

        using (var published = await App.Http.PutAsJsonAsync($"api/problems/{knownError.Id}/known-error", new { knownError = true }))
        {
            await published.EnsureStatus(HttpStatusCode.OK);
        }

        await Eventually.Get<string>(async () =>
        {
            var listed = await App.Http.GetFromJsonAsync<JsonElement>("api/problems");
            return listed.EnumerateArray().Any(p => p.GetProperty("id").GetGuid() == knownError.Id && p.GetProperty("knownError").GetBoolean()) ? "listed" : null;
        }, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100), "the known error in the problems list");
        var docking = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Dock loses keyboard"));
        var badge = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "New badge does not open doors"));

        var page = await OpenSignedIn($"ticket.html?id={docking.Id}", "agent");
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.Locator($"[data-problem-form] option[value='{problem.Id}']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        await page.SelectOptionAsync("[data-problem-form] select", problem.Id.ToString());
        await page.ClickAsync("[data-link-problem]");
        await page.Locator("[data-linked-problem]").Filter(new() { HasText = problem.Number }).WaitForAsync(Soon);
        Assert.Equal(problem.Id, (await Stored(docking.Id)).Problem?.Id);

        await page.GotoAsync(new Uri(App.BaseAddress, $"ticket.html?id={badge.Id}").ToString());
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.Locator($"[data-problem-form] option[value='{knownError.Id}']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        await page.SelectOptionAsync("[data-problem-form] select", knownError.Id.ToString());
        await Assertions.Expect(page.Locator("[data-workaround-preview]")).ToContainTextAsync("Re-encode the card at reception");
        await page.ClickAsync("[data-apply-workaround]");
        await page.Locator("[data-applied-workaround]").Filter(new() { HasText = "Re-encode the card at reception" }).WaitForAsync(Soon);
        await Assertions.Expect(page.Locator("[data-linked-problem]")).ToContainTextAsync("known error");
        var stored = await Stored(badge.Id);
        Assert.Equal((knownError.Id, "Re-encode the card at reception"), (stored.Problem?.Id, stored.Problem?.Workaround));
    }

    [Fact]
    public async Task An_agent_sees_the_vendor_contracts_behind_the_incidents_service_with_what_the_vendor_owes()
    {
        var service = $"sap-{Guid.NewGuid():N}"[..12];
        using (var defined = await App.Http.PutAsJsonAsync($"api/services/{service}", new { name = "SAP", kind = "business", criticality = 1 }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var contract = $"hosting-{Guid.NewGuid():N}"[..16];
        await App.Http.DefineHosting(contract, service, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1));

        var covered = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "SAP logon fails", service: service));
        var page = await OpenSignedIn($"ticket.html?id={covered.Id}", "agent");
        var shown = page.Locator($"[data-contracts-panel] [data-contract='{contract}']");
        await shown.WaitForAsync(Soon);
        await Assertions.Expect(shown).ToContainTextAsync("Acme Hosting: SAP hosting, gold support");
        await Assertions.Expect(shown).ToContainTextAsync("within 30:00");
        await Assertions.Expect(shown).ToContainTextAsync("within 4h 0m");
        await Assertions.Expect(shown).ToContainTextAsync("24x7 phone support");

        var uncovered = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Printer jams"));
        await page.GotoAsync(new Uri(App.BaseAddress, $"ticket.html?id={uncovered.Id}").ToString());
        await Assertions.Expect(page.Locator("[data-contracts-panel] [data-contracts]")).ToHaveTextAsync("It names no service.", new() { Timeout = 15_000 });
    }

    private async Task<ProblemView> CreateProblem(string title)
    {
        using var created = await App.Http.PostAsJsonAsync("api/problems", new { title, description = "Seen by several people" });
        await created.EnsureStatus(HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<ProblemView>(WireJson.Options))!;
    }

    private async Task<IncidentView> Stored(Guid id) => (await App.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{id}", WireJson.Options))!;
}
