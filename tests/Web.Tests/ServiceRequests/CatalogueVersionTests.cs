namespace ItsmOrleans.Web.Tests.ServiceRequests;

/// <summary>Catalogue items carry a version, so two admins editing one item cannot overwrite each other unseen.</summary>
[Collection(WebAppTests.Name)]
public class CatalogueVersionTests(WebAppFixture app)
{
    private static readonly string[] Tasks = ["Hand over"];

    [Fact]
    public async Task A_change_from_an_older_version_and_a_creation_over_an_existing_item_are_refused_with_409()
    {
        var id = $"mouse-{Guid.NewGuid():N}"[..14];
        Assert.Equal(1, await Define(id, "Mouse", version: 0, HttpStatusCode.OK));

        Assert.Equal(2, await Define(id, "Wireless mouse", version: 1, HttpStatusCode.OK));
        await Define(id, "Trackball", version: 1, HttpStatusCode.Conflict);
        await Define(id, "Another mouse", version: 0, HttpStatusCode.Conflict);
        using (var staleRemoval = await app.Http.Send(HttpMethod.Delete, $"api/catalog/{id}", null, ifMatch: "\"1\""))
        {
            Assert.Equal(HttpStatusCode.Conflict, staleRemoval.StatusCode);
        }

        var stored = (await app.Http.GetFromJsonAsync<JsonElement>("api/catalog")).EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
        Assert.Equal(("Wireless mouse", 2), (stored.GetProperty("name").GetString(), stored.GetProperty("version").GetInt32()));
    }

    private async Task<int?> Define(string id, string name, int version, HttpStatusCode expected)
    {
        using var response = await app.Http.PutAsJsonAsync($"api/catalog/{id}", new { name, tasks = Tasks, fulfilmentGroup = "desktop", version });
        await response.EnsureStatus(expected);
        return expected == HttpStatusCode.OK ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32() : null;
    }
}
