namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>
/// A major incident promoted by <paramref name="By"/> over the incidents named by their keys (POST /api/major-incidents),
/// with the stakeholder updates posted since.
/// </summary>
public sealed record DemoMajorIncident(
    string Key,
    string By,
    string Title,
    string PrimaryIncident,
    IReadOnlyList<string> RelatedIncidents,
    string Commander,
    TimeSpan? UpdateCadence = null,
    IReadOnlyList<string>? Updates = null)
{
    public Guid Id => DemoKeys.Id("major-incident", By, Key);
}
