using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>The services, what each depends on, their maintenance windows, and who gets paged for them.</summary>
/// <param name="Services">By id, as PUT /api/services/{id} takes them.</param>
/// <param name="Dependencies">Service id → the services it depends on (PUT /api/services/{id}/dependencies/{dependsOn}).</param>
public sealed record DemoPortfolio(
    IReadOnlyDictionary<string, OnCallScheduleRequest> OnCallSchedules,
    IReadOnlyDictionary<string, EscalationPolicyRequest> EscalationPolicies,
    IReadOnlyDictionary<string, DefineServiceRequest> Services,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Dependencies,
    IReadOnlyDictionary<string, MaintenanceWindowsRequest> MaintenanceWindows);
