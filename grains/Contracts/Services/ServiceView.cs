namespace ItsmOrleans.Contracts.Services;

/// <summary>A service of the portfolio, its place in the dependency graph and its live health.</summary>
/// <param name="Id">A short, stable id such as "email", used by incidents.</param>
/// <param name="DependsOn">The services this one needs.</param>
/// <param name="Dependents">The services that need this one.</param>
/// <param name="CurrentOrNextMaintenance">The maintenance period open now, or the next within two weeks.</param>
[GenerateSerializer, Immutable, Alias("itsm.ServiceView")]
public sealed record ServiceView(
    string Id,
    string Name,
    ServiceKind Kind,
    string? Description,
    string? Owner,
    string? SupportGroup,
    int Criticality,
    string? SlaPolicyId,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> Dependents,
    ServiceHealth Health,
    int Version,
    MaintenanceSchedule? Maintenance = null,
    MaintenancePeriod? CurrentOrNextMaintenance = null,
    string? EscalationPolicyId = null);
