using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Tickets;

/// <summary>Two agents on one ticket: edits to different fields merge, the same field from a stale view is a 409 with both values, taking is atomic.</summary>
[Collection(WebAppTests.Name)]
public class CollisionTests(WebAppFixture app)
{
    [Fact]
    public async Task Edits_to_different_fields_from_the_same_version_both_land()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Wi-Fi drops in room 4"));
        await Patch(incident.Id, new { title = "Wi-Fi drops in rooms 4 and 5" }, 1, HttpStatusCode.OK);
        var merged = await Patch(incident.Id, new { description = "Since the firmware update" }, 1, HttpStatusCode.OK);

        var view = merged.Deserialize<IncidentView>(WireJson.Options)!;
        Assert.Equal("Wi-Fi drops in rooms 4 and 5", view.Title);
        Assert.Equal("Since the firmware update", view.Description);
        Assert.Equal(3, view.Version);
    }

    [Fact]
    public async Task The_same_field_from_a_stale_view_is_refused_with_both_values()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Laptop will not boot"));
        await Patch(incident.Id, new { title = "Laptop will not boot after BIOS update" }, 1, HttpStatusCode.OK);
        var problem = await Patch(incident.Id, new { title = "Laptop boot loop", urgency = "high" }, 1, HttpStatusCode.Conflict);

        var conflict = Assert.Single(problem.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("title", conflict.GetProperty("field").GetString());
        Assert.Equal("Laptop boot loop", conflict.GetProperty("yours").GetString());
        Assert.Equal("Laptop will not boot after BIOS update", conflict.GetProperty("theirs").GetString());
        Assert.Equal("Laptop will not boot after BIOS update", problem.GetProperty("current").GetProperty("title").GetString());
        var unchanged = await app.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{incident.Id}", WireJson.Options);
        Assert.Equal(2, unchanged!.Version);
    }

    [Fact]
    public async Task Two_agents_taking_one_ticket_at_once_get_one_winner_and_one_clear_refusal()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Shared drive full"));
        using var first = app.CreateHttp(await Accounts.CreateNamedApiKey(app, $"ann-{incident.Number}", "agent"));
        using var second = app.CreateHttp(await Accounts.CreateNamedApiKey(app, $"ben-{incident.Number}", "agent"));

        var answers = await Task.WhenAll(first.PostAsync($"api/incidents/{incident.Id}/take", null), second.PostAsync($"api/incidents/{incident.Id}/take", null));
        try
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
            var winner = (await answers.Single(a => a.IsSuccessStatusCode).Content.ReadFromJsonAsync<IncidentView>(WireJson.Options))!;
            var refusal = await answers.Single(a => !a.IsSuccessStatusCode).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains($"{winner.Assignee} has {incident.Number} already", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(IncidentStatus.Assigned, winner.Status);

            using var again = await (winner.Assignee == (await Me(first)) ? first : second).PostAsync($"api/incidents/{incident.Id}/take", null);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }
        finally
        {
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }
    }

    private static async Task<string> Me(HttpClient http) => (await http.GetFromJsonAsync<JsonElement>("api/me")).GetProperty("name").GetString()!;

    private async Task<JsonElement> Patch(Guid id, object body, int version, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/incidents/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        using var response = await app.Http.SendAsync(request);
        await response.EnsureStatus(expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
