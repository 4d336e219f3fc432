namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>Finds an alert the way a NOC user does: by its service and dedup key in the list, then the alert itself by its id.</summary>
public static class AlertLookup
{
    public static async Task<JsonElement> Find(HttpClient reader, string serviceId, string dedupKey)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var listed = await reader.GetFromJsonAsync<JsonElement>($"api/alerts?serviceId={serviceId}&dedupKey={Uri.EscapeDataString(dedupKey)}");
        var id = Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid();
        return await reader.GetFromJsonAsync<JsonElement>($"api/alerts/{id}");
    }
}
