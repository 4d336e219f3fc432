using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Escalations;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Demo.Parts;

/// <summary>On-call schedules, escalation policies, the services, their dependencies and maintenance windows, in that order.</summary>
public sealed class PortfolioSeeder(IGrainFactory grains, IOptions<EscalationOptions> escalations) : IDemoPart
{
    public string Name => "services";

    public async Task Seed(DemoRun run)
    {
        var portfolio = run.Organisation.Portfolio;
        var admin = await run.AsAdministrator();
        foreach (var (id, request) in portfolio.OnCallSchedules)
        {
            await grains.GetGrain<IOnCallScheduleGrain>(id).Define(admin, request.ToCommand(id));
        }

        foreach (var (id, request) in portfolio.EscalationPolicies)
        {
            await grains.GetGrain<IEscalationPolicyGrain>(id).Define(admin, request.ToCommand(id, escalations.Value.MinimumDelay));
        }

        foreach (var (id, request) in portfolio.Services)
        {
            await grains.GetGrain<IServiceGrain>(id).Define(admin, request.ToCommand());
        }

        var catalog = grains.GetGrain<IServiceCatalogGrain>(0);
        foreach (var (id, dependsOn) in portfolio.Dependencies)
        {
            foreach (var dependency in dependsOn)
            {
                await catalog.AddDependency(admin, id, dependency);
            }
        }

        foreach (var (id, request) in portfolio.MaintenanceWindows)
        {
            await grains.GetGrain<IServiceGrain>(id).SetMaintenance(admin, request.ToSchedule());
        }
    }
}
