using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Grains.Services;

namespace ItsmOrleans.Hosting.Export;

/// <summary>
/// One service's definition in the export: what PUT /api/services/{id} and …/maintenance-windows set and GET
/// /api/services/{id} shows, without its live health (that is rebuilt from incidents, and the "services" list has it).
/// </summary>
public sealed record ExportedService(
    string Id,
    string Name,
    ServiceKind Kind,
    string? Description,
    string? Owner,
    string? SupportGroup,
    int Criticality,
    string? SlaPolicyId,
    string? EscalationPolicyId,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> Dependents,
    MaintenanceSchedule Maintenance,
    int Version)
{
    public static ExportedService? Of(KeyedGrainState<ServiceState> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var s = stored.State;
        return s.Defined
            ? new(stored.Key, s.Name, s.Kind, s.Description, s.Owner, s.SupportGroup, s.Criticality, s.SlaPolicyId, s.EscalationPolicyId,
                s.DependsOn, s.Dependents, s.Maintenance, s.Version)
            : null;
    }
}
