using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Domain.Services;

/// <summary>
/// How a service's health follows from its open incidents (weighted by priority) and from its dependencies: anything a
/// service depends on being in trouble leaves it at least degraded, with the trouble's origin as the cause.
/// </summary>
public static class ServiceHealthRules
{
    private static readonly Dictionary<Priority, int> Weights = new()
    {
        [Priority.P1] = 100,
        [Priority.P2] = 40,
        [Priority.P3] = 10,
        [Priority.P4] = 3,
        [Priority.P5] = 1,
    };

    /// <summary>Incidents still hurting the service: raised and not yet resolved.</summary>
    public static bool Hurts(IncidentStatus status) =>
        status is IncidentStatus.New or IncidentStatus.Assigned or IncidentStatus.InProgress or IncidentStatus.OnHold;

    /// <summary>One P1 is a major outage, a P2 (or four P3s) a partial outage, a P3 (or a few lesser ones) degraded.</summary>
    public static ServiceStatus Own(IEnumerable<Priority> openIncidents) => openIncidents.Sum(p => Weights[p]) switch
    {
        >= 100 => ServiceStatus.MajorOutage,
        >= 40 => ServiceStatus.PartialOutage,
        >= 10 => ServiceStatus.Degraded,
        _ => ServiceStatus.Operational,
    };

    /// <summary>What a dependency in trouble passes on to the services that need it.</summary>
    public static ServiceStatus PassedOn(ServiceStatus dependency) =>
        dependency == ServiceStatus.Operational ? ServiceStatus.Operational : ServiceStatus.Degraded;

    /// <summary>
    /// The service's health from its own incidents and its dependencies' health; keeps <paramref name="previous"/>.Since
    /// while nothing changes. A continuity plan invoked for the service (<paramref name="invokedPlan"/>), or else for one
    /// it depends on, rolls up with it.
    /// </summary>
    public static ServiceHealth Evaluate(
        string serviceId,
        string serviceName,
        IReadOnlyCollection<(Priority Priority, string Number)> openIncidents,
        IEnumerable<ServiceHealth> dependencies,
        ServiceHealth previous,
        DateTimeOffset now,
        string? invokedPlan = null)
    {
        var health = Evaluate(serviceId, serviceName, openIncidents, dependencies, previous, now);
        var plan = invokedPlan ?? dependencies.Select(d => d.ContinuityPlan).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();
        return plan == health.ContinuityPlan ? health : health with { ContinuityPlan = plan };
    }

    private static ServiceHealth Evaluate(
        string serviceId,
        string serviceName,
        IReadOnlyCollection<(Priority Priority, string Number)> openIncidents,
        IEnumerable<ServiceHealth> dependencies,
        ServiceHealth previous,
        DateTimeOffset now)
    {
        var own = Own(openIncidents.Select(i => i.Priority));
        var worstIncident = openIncidents.OrderBy(i => i.Priority).ThenBy(i => i.Number, StringComparer.Ordinal).Select(i => i.Number).FirstOrDefault();
        var upstream = dependencies
            .Where(d => d.Status != ServiceStatus.Operational && d.Cause is not null)
            .OrderByDescending(d => d.Cause!.Status)
            .ThenBy(d => d.Cause!.ServiceId, StringComparer.Ordinal)
            .FirstOrDefault();
        var passedOn = upstream is null ? ServiceStatus.Operational : PassedOn(upstream.Status);

        var (status, cause) = own >= passedOn
            ? (own, own == ServiceStatus.Operational ? null : new HealthCause(serviceId, serviceName, own, worstIncident))
            : (passedOn, upstream!.Cause);
        return status == previous.Status && cause == previous.Cause && openIncidents.Count == previous.OpenIncidents && own == previous.Own
            ? previous
            : new ServiceHealth(status, own, cause, openIncidents.Count, status == previous.Status ? previous.Since : now);
    }

    /// <summary>The sentence boards show, e.g. "degraded because Database is in major outage: INC0000042; continuity plan BCP0000003 invoked".</summary>
    public static string Describe(string serviceName, ServiceHealth health) => (health.Cause switch
    {
        null => $"{serviceName} is operational",
        { } cause when cause.ServiceName == serviceName => $"{serviceName} is {Name(health.Status)}{Incident(cause)}",
        { } cause => $"{serviceName} is {Name(health.Status)} because {cause.ServiceName} is in {Name(cause.Status)}{Incident(cause)}",
    }) + (health.ContinuityPlan is { } plan ? $"; continuity plan {plan} invoked" : "");

    private static string Incident(HealthCause cause) => cause.IncidentNumber is null ? "" : $": {cause.IncidentNumber}";

    private static string Name(ServiceStatus status) => status switch
    {
        ServiceStatus.Operational => "operational",
        ServiceStatus.Degraded => "degraded",
        ServiceStatus.PartialOutage => "partial outage",
        _ => "major outage",
    };
}
