using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>An incident raised by <paramref name="By"/> (POST /api/incidents), then moved by its steps.</summary>
/// <param name="Key">Names the incident in this file; its id and idempotency keys derive from it.</param>
public sealed record DemoIncident(string Key, string By, CreateIncidentRequest Raise, IReadOnlyList<DemoIncidentStep>? Steps = null)
{
    public Guid Id => DemoKeys.Id("incident", By, Key);
}
