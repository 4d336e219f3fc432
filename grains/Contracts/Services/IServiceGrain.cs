using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.Services;

/// <summary>
/// One service, keyed by its id. It derives its health from its open incidents and from what its dependencies pass
/// on, and passes changes on to its dependents, so a change moves only what it touches.
/// </summary>
public interface IServiceGrain : IGrainWithStringKey
{
    /// <summary>Creates or redefines the service (admins only); a stale version is refused.</summary>
    Task<ServiceView> Define(CommandContext context, DefineService definition);

    /// <summary>Replaces the service's maintenance windows (admins only); a stale version is refused.</summary>
    Task<ServiceView> SetMaintenance(CommandContext context, MaintenanceSchedule schedule);

    /// <summary>Takes the service's problem suggestion away (to dismiss it or turn it into a problem); null when there is none.</summary>
    Task<ProblemSuggestion?> ClearSuggestion(CommandContext context);

    /// <summary>The service, or <see cref="NotFoundException"/> if it was never defined.</summary>
    Task<ServiceView> Get();

    /// <summary>The service's health as of now (operational for a service nobody defined).</summary>
    Task<ServiceHealth> GetHealth();

    /// <summary>An incident on this service changed (or moved away from it).</summary>
    [OneWay]
    Task OnIncident(IncidentSummary incident);

    /// <summary>A dependency's health changed.</summary>
    [OneWay]
    Task OnDependencyHealth(string dependencyId, ServiceHealth health);

    /// <summary>A continuity plan for this service was invoked, or its invocation ended: the health shows it and passes it on.</summary>
    Task SetContinuityPlan(string planNumber, bool invoked);

    /// <summary>The catalogue changed this service's edges.</summary>
    Task SetEdges(IReadOnlyList<string> dependsOn, IReadOnlyList<string> dependents);
}
