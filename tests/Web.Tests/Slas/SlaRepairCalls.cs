using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Web.Tests.Slas;

/// <summary>The SLA repair's endpoints as the tests call them: every call must succeed.</summary>
public static class SlaRepairCalls
{
    public static async Task<SlaRepairReport> Recompute(this HttpClient http, string path)
    {
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), null);
        await response.EnsureStatus(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SlaRepairReport>(WireJson.Options))!;
    }

    public static async Task<JsonElement> PolicyBatch(this HttpClient http, string path)
    {
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), null);
        await response.EnsureStatus(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<IncidentView> Incident(this HttpClient http, Guid id) =>
        (await http.GetFromJsonAsync<IncidentView>($"api/incidents/{id}", WireJson.Options))!;
}
