using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo;

/// <summary>
/// Idempotency keys and ids of the demo's tickets, derived from their keys in the file, so a resumed seeding reaches the
/// same grains with the same keys and what was done is replayed rather than done twice. A ticket's id is the one the API
/// gives its creator's request with the Idempotency-Key "demo:&lt;key&gt;".
/// </summary>
public static class DemoKeys
{
    public static string Create(string key) => $"demo:{key}";

    /// <param name="step">The step's position among the ticket's steps.</param>
    public static string Step(string key, int step) => $"demo:{key}:{step}";

    /// <param name="kind">The record kind the API names ids by: "incident", "problem", "change", "request", "major-incident".</param>
    public static Guid Id(string kind, string by, string key) => IncidentIds.ForCreate(by, Create(key), kind);
}
