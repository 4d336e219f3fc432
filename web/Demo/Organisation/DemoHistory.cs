namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>
/// The tickets of the organisation's recent past and present. Grains take their time from the clock, so nothing is
/// back-dated: each ticket is raised at seeding and then moved, step by step, to where the story leaves it.
/// </summary>
public sealed record DemoHistory(
    IReadOnlyList<DemoIncident> Incidents,
    IReadOnlyList<DemoProblem> Problems,
    IReadOnlyList<DemoChange> Changes,
    IReadOnlyList<DemoServiceRequest> ServiceRequests,
    IReadOnlyList<DemoMajorIncident> MajorIncidents)
{
    /// <summary>The incident this file names <paramref name="key"/>.</summary>
    public DemoIncident Incident(string key) =>
        Incidents.FirstOrDefault(i => i.Key == key) ?? throw new InvalidOperationException($"The demo organisation has no incident '{key}'.");
}
