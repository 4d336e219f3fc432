using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Grains.Tests.Alerts;

/// <summary>Alerts of one service and group key share an incident, raise its priority, resolve it, and flapping is held.</summary>
[Collection(ClusterTests.Name)]
public class AlertGroupingGrainTests(ClusterFixture fixture)
{
    private static readonly Caller Admin = Callers.Admin("ada");

    [Fact]
    public async Task Alerts_of_one_service_and_group_share_an_incident_routed_to_the_services_support_group()
    {
        var integration = await Integration();
        var disk = await Trigger(integration, "disk/db-1", severity: "warning", group: "db-cluster");
        var cpu = await Trigger(integration, "cpu/db-2", severity: "warning", group: "db-cluster");
        var other = await Trigger(integration, "cert/web", severity: "warning", group: "certificates");

        Assert.Equal(disk.IncidentId, cpu.IncidentId);
        Assert.NotEqual(disk.IncidentId, other.IncidentId);
        var incident = await Incident(disk);
        Assert.Equal(("dba", integration.ServiceId, Priority.P3), (incident.AssignmentGroup, incident.ServiceId, incident.Priority));
    }

    [Fact]
    public async Task A_more_severe_alert_joining_raises_the_incidents_priority_and_a_milder_one_leaves_it()
    {
        var integration = await Integration();
        var first = await Trigger(integration, "latency/api", severity: "warning");
        await Trigger(integration, "errors/api", severity: "critical");
        Assert.Equal(Priority.P1, (await Incident(first)).Priority);

        await Trigger(integration, "info/api", severity: "info");
        Assert.Equal(Priority.P1, (await Incident(first)).Priority);
    }

    [Fact]
    public async Task The_incident_resolves_by_itself_once_every_one_of_its_alerts_resolved()
    {
        var integration = await Integration();
        var disk = await Trigger(integration, "disk/db-1");
        await Trigger(integration, "cpu/db-1");

        await Send(integration, "disk/db-1", "resolve");
        Assert.Equal(IncidentStatus.New, (await Incident(disk)).Status);

        await Send(integration, "cpu/db-1", "resolve");
        var resolved = await Incident(disk);
        Assert.Equal((IncidentStatus.Resolved, ResolutionCode.ResolvedByMonitoring), (resolved.Status, resolved.ResolutionCode));
        Assert.Contains("2 alert(s)", resolved.ResolutionNotes, StringComparison.Ordinal);

        var again = await Trigger(integration, "disk/db-1");
        Assert.NotEqual(disk.IncidentId, again.IncidentId);
    }

    [Fact]
    public async Task Repeats_count_on_the_alert_and_a_retried_open_lands_in_the_same_incident()
    {
        var integration = await Integration();
        var first = await Trigger(integration, "disk/db-1");
        for (var i = 0; i < 4; i++)
        {
            await Trigger(integration, "disk/db-1");
        }

        var group = fixture.Client.GetGrain<IAlertGroupGrain>($"{integration.ServiceId}/");
        var retried = await group.Open(new AlertOpening(AlertKeys.Alert(integration, "disk/db-1"), integration.ServiceId, "Disk full", "", "error"));
        var alert = await Alert(integration, "disk/db-1");
        Assert.Equal((5, first.IncidentId), (alert.Count, retried.Id));
    }

    [Fact]
    public async Task A_flapping_alert_keeps_one_incident_and_its_resolve_waits_until_it_settles()
    {
        var integration = await Integration();
        var first = await Trigger(integration, "link/sw-3");
        await Send(integration, "link/sw-3", "resolve");
        Assert.Equal(IncidentStatus.Resolved, (await Incident(first)).Status);

        var second = await Trigger(integration, "link/sw-3");
        var held = await Send(integration, "link/sw-3", "resolve");
        Assert.Equal((AlertStatus.Triggered, true), (held.Status, held.Flapping));
        Assert.Equal(IncidentStatus.New, (await Incident(second)).Status);

        var third = await Trigger(integration, "link/sw-3");
        Assert.Equal(second.IncidentId, third.IncidentId);
        await Send(integration, "link/sw-3", "resolve");

        // The cluster's quiet period is 2 s: the held resolve applies once the alert has settled.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while ((await Alert(integration, "link/sw-3")).Status != AlertStatus.Resolved)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The flapping alert never settled.");
            await Task.Delay(100);
        }

        var settled = await Alert(integration, "link/sw-3");
        Assert.False(settled.Flapping);
        Assert.Equal(IncidentStatus.Resolved, (await Incident(second)).Status);
    }

    private async Task<IntegrationKeyView> Integration()
    {
        var serviceId = $"svc-{Guid.NewGuid():N}"[..12];
        await fixture.Client.GetGrain<IServiceGrain>(serviceId).Define(
            new CommandContext(Admin), new DefineService("Orders database", ServiceKind.Technical, null, null, "dba", 1, null));
        return await fixture.Client.GetGrain<IIntegrationKeyGrain>(Guid.NewGuid().ToString("N")).Define(new CommandContext(Admin), "Prometheus", serviceId);
    }

    private Task<AlertView> Trigger(IntegrationKeyView integration, string dedupKey, string severity = "error", string? group = null) =>
        Send(integration, dedupKey, "trigger", severity, group);

    private async Task<AlertView> Send(IntegrationKeyView integration, string dedupKey, string action, string severity = "error", string? group = null)
    {
        var alertEvent = new AlertEvent(integration.RoutingKey, action, dedupKey, $"{dedupKey} is failing", "host-1", severity, null, null, group, null, null);
        return (await fixture.Client.GetGrain<IAlertGrain>(AlertKeys.Alert(integration, dedupKey)).Receive(alertEvent, integration))!;
    }

    private async Task<AlertView> Alert(IntegrationKeyView integration, string dedupKey) =>
        (await fixture.Client.GetGrain<IAlertGrain>(AlertKeys.Alert(integration, dedupKey)).Get())!;

    private Task<IncidentView> Incident(AlertView alert) =>
        fixture.Client.GetGrain<IIncidentGrain>(alert.IncidentId!.Value).Get(Caller.System);
}
