using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Problems;

[Collection(WebAppTests.Name)]
public class ProblemApiTests(WebAppFixture app)
{
    private static async Task<ProblemView> Read(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ProblemView>(WireJson.Options))!;

    [Fact]
    public async Task A_known_error_is_found_by_its_words_and_applied_to_an_incident_which_then_shows_the_workaround()
    {
        var word = SearchWords.Unique("zqwd");
        using var created = await app.Http.PostAsJsonAsync("api/problems", new { title = $"VPN drops {word}", description = "Clients drop every 10 minutes" });
        await created.EnsureStatus(HttpStatusCode.Created);
        var problem = await Read(created);
        using (var analysed = await app.Http.PatchAsJsonAsync($"api/problems/{problem.Id}", new { symptoms = "Tunnel resets", workaround = "Pin the client to gateway 2" }))
        {
            await analysed.EnsureStatus(HttpStatusCode.OK);
        }

        var before = await app.Http.GetFromJsonAsync<JsonElement>($"api/known-errors?q={word}");
        Assert.Equal(0, before.GetArrayLength());
        using (var published = await app.Http.PutAsJsonAsync($"api/problems/{problem.Id}/known-error", new { knownError = true }))
        {
            await published.EnsureStatus(HttpStatusCode.OK);
        }

        var found = await app.Http.GetFromJsonAsync<JsonElement>($"api/known-errors?q={word.ToUpperInvariant()}%20gateway");
        Assert.Equal(problem.Number, Assert.Single(found.EnumerateArray()).GetProperty("number").GetString());
        Assert.Equal(0, (await app.Http.GetFromJsonAsync<JsonElement>($"api/known-errors?q={word}%20printer")).GetArrayLength());

        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "VPN keeps dropping"));
        using var applied = await app.Http.PostAsJsonAsync($"api/incidents/{incident.Id}/known-error", new { problemId = problem.Id });
        await applied.EnsureStatus(HttpStatusCode.OK);
        var view = await applied.Read();
        Assert.Equal("Pin the client to gateway 2", view.Problem!.Workaround);
        Assert.True(view.Problem.KnownError);
    }

    [Fact]
    public async Task Search_words_with_wildcards_are_taken_literally()
    {
        var found = await app.Http.GetFromJsonAsync<JsonElement>("api/known-errors?q=%25_%25");
        Assert.Equal(0, found.GetArrayLength());
    }

    [Fact]
    public async Task Bad_problem_input_is_a_400_naming_the_field_and_a_stale_edit_a_409()
    {
        using (var untitled = await app.Http.PostAsJsonAsync("api/problems", new { title = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, untitled.StatusCode);
            Assert.True((await untitled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("title", out _));
        }

        using var created = await app.Http.PostAsJsonAsync("api/problems", new { title = "Disk fills up nightly" });
        var problem = await Read(created);
        using (var fix = await app.Http.PostAsJsonAsync($"api/problems/{problem.Id}/transitions", new { to = "sideways" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, fix.StatusCode);
        }

        using (var notAKnownError = await app.Http.PostAsJsonAsync($"api/incidents/{Guid.NewGuid()}/known-error", new { problemId = problem.Id }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notAKnownError.StatusCode);
        }

        using (var edited = await app.Http.Send(HttpMethod.Patch, $"api/problems/{problem.Id}", new { cause = "Log rotation disabled" }, $"\"{problem.Version}\""))
        {
            await edited.EnsureStatus(HttpStatusCode.OK);
        }

        using var stale = await app.Http.Send(HttpMethod.Patch, $"api/problems/{problem.Id}", new { cause = "Something else" }, $"\"{problem.Version}\"");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Log rotation disabled", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("current").GetProperty("cause").GetString());
    }

    [Fact]
    public async Task A_burst_of_incidents_on_a_service_shows_a_suggestion_live_that_becomes_a_problem_linking_them()
    {
        var service = $"crm-{Guid.NewGuid():N}"[..14];
        using (var defined = await app.Http.PutAsJsonAsync($"api/services/{service}", new { name = "CRM", kind = "business", criticality = 2 }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        await using var connection = await app.ConnectHub();
        var stream = await connection.StreamAsChannelAsync<LiveListMessage<ServiceSummary>>("SubscribeServiceMap");
        await stream.ReadAsync();
        var incidents = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            incidents.Add((await app.Http.CreateIncident(IncidentRequests.NewIncident(title: $"CRM error {i}", service: service, impact: "medium", urgency: "medium"))).Id);
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        ProblemSuggestion? suggestion = null;
        await foreach (var message in stream.ReadAllAsync(patience.Token))
        {
            suggestion = message.Items.FirstOrDefault(s => s.Id == service)?.Suggestion;
            if (suggestion is not null)
            {
                break;
            }
        }

        Assert.Equal(incidents.Order(), suggestion!.IncidentIds.Order());
        var listed = await app.Http.GetFromJsonAsync<JsonElement>("api/problem-suggestions");
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("serviceId").GetString() == service);

        using var converted = await app.Http.PostAsync($"api/problem-suggestions/{service}/problem", null);
        await converted.EnsureStatus(HttpStatusCode.Created);
        var problem = await Read(converted);
        Assert.Equal(5, problem.Incidents.Count);
        Assert.Equal(service, problem.ServiceId);

        using var again = await app.Http.DeleteAsync($"api/problem-suggestions/{service}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }
}
