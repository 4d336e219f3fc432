using System.Net;
using System.Net.Http.Json;
using Deque.AxeCore.Playwright;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>
/// An incident that pages its service's on-call engineer, followed on the ticket page: the NOC watches the escalation,
/// the engineer paged acknowledges it and declares a major incident, then follows the link into its console.
/// </summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class TicketResponsePageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task The_noc_sees_who_was_paged_the_engineer_paged_acknowledges_and_declares_a_major_incident_and_opens_its_console()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var group = $"db-team-{suffix}";
        var (engineer, password) = await Accounts.CreateUser(App, "agent", group);
        var (nocUser, nocPassword) = await Accounts.CreateUser(App, "noc");
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
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Orders database refuses connections", service: $"orders-db-{suffix}"));

        var noc = await OpenSignedInAs($"ticket.html?id={incident.Id}", nocUser, nocPassword);
        await noc.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await noc.Locator("[data-escalation-steps] li").Filter(new() { HasText = engineer }).WaitForAsync(Soon);
        await Assertions.Expect(noc.Locator("[data-escalation=level]")).ToHaveTextAsync("1");
        await Assertions.Expect(noc.Locator("[data-escalation=status]")).ToHaveTextAsync("active");
        await Assertions.Expect(noc.Locator("[data-escalation=next]")).ToContainTextAsync("in ");
        // Acknowledging takes the incident and declaring runs a major incident: both are the responders', not the NOC's.
        await Assertions.Expect(noc.Locator("[data-acknowledge]")).ToBeHiddenAsync();
        await Assertions.Expect(noc.Locator("[data-major-form]")).ToBeHiddenAsync();

        var page = await OpenSignedInAs($"ticket.html?id={incident.Id}", engineer, password);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.ClickAsync("[data-acknowledge]");
        await page.Locator("[data-escalation=status]").Filter(new() { HasText = $"acknowledged by {engineer}" }).WaitForAsync(Soon);
        await Assertions.Expect(page.Locator("[data-acknowledge]")).ToBeHiddenAsync();
        await noc.Locator("[data-escalation=status]").Filter(new() { HasText = "acknowledged" }).WaitForAsync(Soon);
        var escalation = await App.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"api/incidents/{incident.Id}/escalation");
        Assert.Equal("acknowledged", escalation.GetProperty("status").GetString());
        Assert.Equal(engineer, (await Stored(incident.Id)).Assignee);
        await Screenshot(page, "ticket-escalation.png");
        var findings = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}");
        Assert.Empty(findings);

        await Assertions.Expect(page.Locator($"[data-commanders] option[value='{engineer}']")).ToHaveCountAsync(1);
        await page.FillAsync("[data-major-form] input[name=commander]", engineer);
        await page.FillAsync("[data-major-form] input[name=minutes]", "15");
        await page.ClickAsync("[data-declare-major]");
        var link = page.Locator("[data-major-link]");
        await link.Filter(new() { HasText = "Open the major-incident console" }).WaitForAsync(Soon);
        var major = (await Stored(incident.Id)).MajorIncident!;
        await Assertions.Expect(link).ToContainTextAsync(major.Number);
        await Assertions.Expect(page.Locator("[data-major-form]")).ToBeHiddenAsync();

        await link.ClickAsync();
        await page.Locator($"[data-detail][data-major='{major.Number}']").WaitForAsync(Soon);
        await Assertions.Expect(page.Locator("[data-detail] [data-facts]")).ToContainTextAsync(engineer);
        await Assertions.Expect(page.Locator("[data-detail] [data-facts]")).ToContainTextAsync("00:15:00");
    }

    private async Task Put(string path, object body)
    {
        using var response = await App.Http.PutAsJsonAsync(path, body);
        await response.EnsureStatus(HttpStatusCode.OK);
    }

    private async Task<IncidentView> Stored(Guid id) => (await App.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{id}", WireJson.Options))!;
}
