namespace ItsmOrleans.Web.Tests.Api;

/// <summary>A ticket is found by the number people quote (INC0000007) exactly as by its id.</summary>
[Collection(WebAppTests.Name)]
public class TicketNumberLookupTests(WebAppFixture app)
{
    private static readonly string[] OrderTask = ["Order"];

    [Fact]
    public async Task An_incident_is_found_by_its_number_with_the_same_view_and_etag_as_by_its_id()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Badge readers offline"));
        using var byId = await app.Http.GetAsync(new Uri($"api/incidents/{incident.Id}", UriKind.Relative));

        foreach (var number in new[] { incident.Number, incident.Number.ToLowerInvariant() })
        {
            using var byNumber = await app.Http.GetAsync(new Uri($"api/incidents/{number}", UriKind.Relative));

            await byNumber.EnsureStatus(HttpStatusCode.OK);
            Assert.Equal(byId.Headers.ETag, byNumber.Headers.ETag);
            Assert.Equal(await byId.Content.ReadAsStringAsync(), await byNumber.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_requester_finds_their_own_incident_by_number_and_not_someone_elses()
    {
        using var rita = app.CreateHttp(await Accounts.CreateNamedApiKey(app, $"rita {Guid.NewGuid():N}", "requester"));
        using var sam = app.CreateHttp(await Accounts.CreateNamedApiKey(app, $"sam {Guid.NewGuid():N}", "requester"));
        var ritas = await rita.CreateIncident(IncidentRequests.NewIncident(title: "My laptop will not start", requester: null));

        using var own = await rita.GetAsync(new Uri($"api/incidents/{ritas.Number}", UriKind.Relative));
        using var others = await sam.GetAsync(new Uri($"api/incidents/{ritas.Number}", UriKind.Relative));

        await own.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        var answer = await others.Content.ReadAsStringAsync();
        Assert.Contains(ritas.Number, answer, StringComparison.Ordinal);
        Assert.DoesNotContain(ritas.Id.ToString(), answer, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("api/incidents/INC9999999")]
    [InlineData("api/problems/PRB9999999")]
    [InlineData("api/changes/CHG9999999")]
    [InlineData("api/requests/REQ9999999")]
    [InlineData("api/major-incidents/MIM9999999")]
    public async Task An_unknown_number_is_not_found(string path)
    {
        using var response = await app.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(path.Split('/')[^1], await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_changes_service_requests_and_major_incidents_are_found_by_number_too()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Core switch down"));
        var item = $"headset-{Guid.NewGuid():N}"[..16];
        using (var defined = await app.Http.PutAsJsonAsync($"api/catalog/{item}", new { name = "Headset", tasks = OrderTask, fulfilmentGroup = "desktop" }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var made = new[]
        {
            ("api/problems", await Created("api/problems", new { title = "Switches reboot at night" })),
            ("api/changes", await Created("api/changes", new { type = "normal", title = "Replace the core switch" })),
            ("api/requests", await Created("api/requests", new { itemId = item })),
            ("api/major-incidents", await Created("api/major-incidents", new { title = "Core switch down", primaryIncidentId = incident.Id, commander = "carla" })),
        };

        foreach (var (path, ticket) in made)
        {
            using var byNumber = await app.Http.GetAsync(new Uri($"{path}/{ticket.GetProperty("number").GetString()}", UriKind.Relative));
            await byNumber.EnsureStatus(HttpStatusCode.OK);
            Assert.Equal(ticket.GetProperty("id").GetGuid(), (await byNumber.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
            Assert.NotNull(byNumber.Headers.ETag);
        }
    }

    private async Task<JsonElement> Created(string path, object body)
    {
        using var response = await app.Http.PostAsJsonAsync(path, body);
        await response.EnsureStatus(HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
