using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Grains.Tests.Services;

[Collection(ClusterTests.Name)]
public class ServiceHealthTests(ClusterFixture fixture)
{
    private static readonly CommandContext Admin = new(Callers.Admin("portfolio"));
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private async Task<string> Define(string name, params string[] dependsOn)
    {
        var id = $"{name.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        await fixture.Client.GetGrain<IServiceGrain>(id).Define(Admin, new DefineService(name, ServiceKind.Technical, null, null, null, 2, null));
        foreach (var target in dependsOn)
        {
            await fixture.Client.GetGrain<IServiceCatalogGrain>(0).AddDependency(Admin, id, target);
        }

        return id;
    }

    private async Task<ServiceHealth> WaitFor(string id, Func<ServiceHealth, bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var health = (await fixture.Client.GetGrain<IServiceGrain>(id).Get()).Health;
            if (condition(health))
            {
                return health;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"{id} stayed {health.Status}");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task An_outage_travels_up_the_dependency_graph_with_its_cause_and_recedes_when_resolved()
    {
        var database = await Define("Database");
        var ordering = await Define("Ordering", database);
        var shop = await Define("Shop", ordering);
        var incident = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        var view = await incident.Create(Admin, new CreateIncident("Primary down", "", Impact.High, Urgency.High, "noc", database, "dba", "dana"));

        var shopHealth = await WaitFor(shop, h => h.Status == ServiceStatus.Degraded);
        Assert.Equal(new HealthCause(database, "Database", ServiceStatus.MajorOutage, view.Number), shopHealth.Cause);
        Assert.Equal(ServiceStatus.MajorOutage, (await fixture.Client.GetGrain<IServiceGrain>(database).Get()).Health.Status);

        await incident.ChangeStatus(Admin, new ChangeIncidentStatus(IncidentStatus.InProgress));
        await incident.ChangeStatus(Admin, new ChangeIncidentStatus(IncidentStatus.Resolved, ResolutionCode: ResolutionCode.SolvedPermanently, ResolutionNotes: "Failed over"));

        await WaitFor(shop, h => h.Status == ServiceStatus.Operational);
        Assert.Equal(ServiceStatus.Operational, (await fixture.Client.GetGrain<IServiceGrain>(ordering).Get()).Health.Status);
    }

    [Fact]
    public async Task An_incident_moved_to_another_service_stops_counting_on_the_first()
    {
        var mail = await Define("Mail");
        var chat = await Define("Chat");
        var incident = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        await incident.Create(Admin, new CreateIncident("Slow", "", Impact.Medium, Urgency.High, "noc", mail));
        await WaitFor(mail, h => h.Status == ServiceStatus.PartialOutage);

        await incident.UpdateDetails(Admin, new UpdateIncidentDetails(ServiceId: chat));

        await WaitFor(mail, h => h.Status == ServiceStatus.Operational);
        await WaitFor(chat, h => h.Status == ServiceStatus.PartialOutage);
    }

    [Fact]
    public async Task A_dependency_that_would_close_a_cycle_is_refused_naming_the_cycle()
    {
        var storage = await Define("Storage");
        var backup = await Define("Backup", storage);
        var archive = await Define("Archive", backup);

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() =>
            fixture.Client.GetGrain<IServiceCatalogGrain>(0).AddDependency(Admin, storage, archive));

        Assert.Contains($"{storage} → {archive} → {backup} → {storage}", refused.Errors["dependsOn"][0], StringComparison.Ordinal);
        Assert.Empty((await fixture.Client.GetGrain<IServiceGrain>(storage).Get()).DependsOn);
    }

    [Fact]
    public async Task Only_admins_change_the_portfolio()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => fixture.Client.GetGrain<IServiceGrain>("sneaky")
            .Define(new CommandContext(Callers.Agent("alice")), new DefineService("Sneaky", ServiceKind.Business, null, null, null, 1, null)));
    }
}
