namespace ItsmOrleans.Web.Tests.Api;

/// <summary>An incident on a service that nobody routed goes to the service's support group.</summary>
[Collection(WebAppTests.Name)]
public class SupportGroupRoutingTests(WebAppFixture app)
{
    /// <summary>A service of its own, supported by a group of its own (which exists because the service names it).</summary>
    private async Task<(string Service, string SupportGroup)> Service()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (service, group) = ($"payroll-{suffix}", $"payroll-team-{suffix}");
        using var response = await app.Http.PutAsJsonAsync($"api/services/{service}", new { name = "Payroll", kind = "business", criticality = 2, supportGroup = group });
        await response.EnsureStatus(HttpStatusCode.OK);
        return (service, group);
    }

    [Fact]
    public async Task An_incident_raised_on_a_service_without_a_group_goes_to_the_services_support_group()
    {
        var (service, group) = await Service();
        using var requester = app.CreateHttp(await Accounts.CreateNamedApiKey(app, $"payroll clerk {Guid.NewGuid():N}", "requester"));

        var byTheDesk = await app.Http.CreateIncident(IncidentRequests.NewIncident(service: service));
        var byARequester = await requester.CreateIncident(IncidentRequests.NewIncident(service: service, requester: null));

        Assert.Equal(group, byTheDesk.AssignmentGroup);
        Assert.Equal(group, byARequester.AssignmentGroup);
    }

    [Fact]
    public async Task A_group_named_when_raising_wins_over_the_support_group()
    {
        var (service, _) = await Service();

        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(service: service, group: "network-ops"));

        Assert.Equal("network-ops", incident.AssignmentGroup);
    }

    [Fact]
    public async Task An_incident_moved_to_a_service_while_in_no_group_goes_to_its_support_group_and_one_in_a_group_stays_there()
    {
        var (service, group) = await Service();
        var unrouted = await app.Http.CreateIncident(IncidentRequests.NewIncident());
        var routed = await app.Http.CreateIncident(IncidentRequests.NewIncident(group: "messaging"));

        using var moved = await app.Http.Send(HttpMethod.Patch, $"api/incidents/{unrouted.Id}", new { serviceId = service });
        using var kept = await app.Http.Send(HttpMethod.Patch, $"api/incidents/{routed.Id}", new { serviceId = service });

        await moved.EnsureStatus(HttpStatusCode.OK);
        await kept.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal(group, (await moved.Read()).AssignmentGroup);
        Assert.Equal("messaging", (await kept.Read()).AssignmentGroup);
    }
}
