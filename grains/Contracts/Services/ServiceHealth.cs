namespace ItsmOrleans.Contracts.Services;

/// <summary>
/// A service's live health: its own status from its open incidents, the status it carries from what it depends on,
/// and the cause, e.g. "degraded because Database is in major outage: INC0000042".
/// </summary>
/// <param name="Status">The worse of <paramref name="Own"/> and what its dependencies pass on.</param>
/// <param name="Cause">Null while operational; the service itself when its own incidents decide the status.</param>
/// <param name="ContinuityPlan">The number of a continuity plan invoked for this service, or for one it depends on.</param>
[GenerateSerializer, Immutable, Alias("itsm.ServiceHealth")]
public sealed record ServiceHealth(ServiceStatus Status, ServiceStatus Own, HealthCause? Cause, int OpenIncidents, DateTimeOffset Since, string? ContinuityPlan = null)
{
    public static ServiceHealth Operational(DateTimeOffset since) => new(ServiceStatus.Operational, ServiceStatus.Operational, null, 0, since);
}
