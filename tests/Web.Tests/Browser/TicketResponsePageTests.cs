using Deque.AxeCore.Playwright;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>
/// An incident that pages its service's on-call engineer, followed on the ticket page: the NOC sees who was paged,
/// acknowledges the page (the ticket stays with its group) and declares a major incident, then follows the link into
/// its console; on another incident the engineer paged acknowledges by taking it.
/// </summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class TicketResponsePageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task The_noc_sees_who_was_paged_acknowledges_the_page_and_declares_a_major_incident_from_the_ticket()
    {
        var (engineer, _, group, service) = await PagingService();
        var (nocUser, nocPassword) = await Accounts.CreateUser(App, "noc");
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Orders database refuses connections", service: service));

        var noc = await OpenSignedInAs($"ticket.html?id={incident.Id}", nocUser, nocPassword);
        await noc.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await noc.Locator("[data-escalation-steps] li").Filter(new() { HasText = engineer }).WaitForAsync(Soon);
        await Assertions.Expect(noc.Locator("[data-escalation=level]")).ToHaveTextAsync("1");
        await Assertions.Expect(noc.Locator("[data-escalation=status]")).ToHaveTextAsync("active");
        await Assertions.Expect(noc.Locator("[data-escalation=next]")).ToContainTextAsync("in ");

        await noc.ClickAsync("[data-acknowledge]");
        await noc.Locator("[data-escalation=status]").Filter(new() { HasText = $"acknowledged by {nocUser}" }).WaitForAsync(Soon);
        await Assertions.Expect(noc.Locator("[data-acknowledge]")).ToBeHiddenAsync();
        var escalation = await App.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"api/incidents/{incident.Id}/escalation");
        Assert.Equal("acknowledged", escalation.GetProperty("status").GetString());
        var acknowledged = await Stored(incident.Id);
        Assert.Equal((group, (string?)null), (acknowledged.AssignmentGroup, acknowledged.Assignee));
        await Screenshot(noc, "ticket-escalation.png");
        var findings = (await noc.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}");
        Assert.Empty(findings);

        await noc.FillAsync("[data-major-form] input[name=commander]", engineer);
        await noc.FillAsync("[data-major-form] input[name=minutes]", "15");
        await noc.ClickAsync("[data-declare-major]");
        var link = noc.Locator("[data-major-link]");
        await link.Filter(new() { HasText = "Open the major-incident console" }).WaitForAsync(Soon);
        var major = (await Stored(incident.Id)).MajorIncident!;
        await Assertions.Expect(link).ToContainTextAsync(major.Number);
        await Assertions.Expect(noc.Locator("[data-major-form]")).ToBeHiddenAsync();

        await link.ClickAsync();
        await noc.Locator($"[data-detail][data-major='{major.Number}']").WaitForAsync(Soon);
        await Assertions.Expect(noc.Locator("[data-detail] [data-facts]")).ToContainTextAsync(engineer);
        await Assertions.Expect(noc.Locator("[data-detail] [data-facts]")).ToContainTextAsync("00:15:00");
    }

    [Fact]
    public async Task The_engineer_paged_acknowledges_by_taking_the_incident_and_offers_the_commanders_of_its_groups()
    {
        var (engineer, password, _, service) = await PagingService();
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Orders replica lags", service: service));

        var page = await OpenSignedInAs($"ticket.html?id={incident.Id}", engineer, password);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.ClickAsync("[data-acknowledge]");
        await page.Locator("[data-escalation=status]").Filter(new() { HasText = $"acknowledged by {engineer}" }).WaitForAsync(Soon);
        await Assertions.Expect(page.Locator("[data-acknowledge]")).ToBeHiddenAsync();
        Assert.Equal(engineer, (await Stored(incident.Id)).Assignee);
        await Assertions.Expect(page.Locator($"[data-commanders] option[value='{engineer}']")).ToHaveCountAsync(1);
    }

    /// <summary>A service whose escalation policy pages an on-call schedule of one engineer first, then their group.</summary>
    private async Task<(string Engineer, string Password, string Group, string Service)> PagingService()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var group = $"db-team-{suffix}";
        var (engineer, password) = await Accounts.CreateUser(App, "agent", group);
        await Put($"api/on-call-schedules/db-{suffix}", new
        {
            name = "Database on call",
            timeZone = "UTC",
            layers = new[] { new { name = "primary", users = new[] { engineer }, start = "2026-01-05T00:00", turnLength = "7.00:00:00" } },
        });
        await Put($"api/escalation-policies/db-{suffix}", new
        {
            name = "Database paging",
            levels = new object[]
            {
                new { escalateAfter = "00:30:00", targets = new[] { new { kind = "schedule", id = $"db-{suffix}" } } },
                new { escalateAfter = "00:30:00", targets = new[] { new { kind = "group", id = group } } },
            },
        });
        await Put($"api/services/orders-db-{suffix}", new { name = "Orders database", kind = "technical", criticality = 1, supportGroup = group, escalationPolicy = $"db-{suffix}" });
        return (engineer, password, group, $"orders-db-{suffix}");
    }

    private async Task Put(string path, object body)
    {
        using var response = await App.Http.PutAsJsonAsync(path, body);
        await response.EnsureStatus(HttpStatusCode.OK);
    }

    private async Task<IncidentView> Stored(Guid id) => (await App.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{id}", WireJson.Options))!;
}
