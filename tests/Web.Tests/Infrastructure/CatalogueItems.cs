namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>Request catalogue items the tests ask for: no approval, one fulfilment task.</summary>
public static class CatalogueItems
{
    public static async Task DefineWithoutApproval(this HttpClient http, string id, string name, string task = "Hand it over", string group = "desktop")
    {
        using var defined = await http.PutAsJsonAsync($"api/catalog/{id}", new
        {
            name,
            category = "Hardware",
            fields = Array.Empty<object>(),
            approval = new { kind = "none" },
            tasks = new[] { task },
            fulfilmentGroup = group,
        });
        await defined.EnsureStatus(HttpStatusCode.OK);
    }
}
