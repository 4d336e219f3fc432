namespace ItsmOrleans.Web.Tests.Export;

/// <summary>The export as deployed on PostgreSQL: a standalone silo writes the grain state rows, a web host in client mode reads them.</summary>
[Trait("Category", "Database")]
public class ExportOnPostgreSqlTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_export_of_a_client_mode_web_host_holds_each_ticket_whole_from_the_silo_s_saved_state()
    {
        await using var postgres = await PostgresServer.StartNewAsync();
        var settings = PostgresSilo.Settings(postgres);
        await PostgresSilo.Migrate(settings, StartTimeout);
        await using var silo = AppProcess.Silo(settings);
        await using var web = AppProcess.Web(new Dictionary<string, string?>(settings) { ["Orleans:Mode"] = "Client" });
        await silo.WaitUntilHealthy(StartTimeout);
        await web.WaitUntilHealthy(StartTimeout);
        using var http = web.CreateClient();
        await TestCast.Create(http);

        var incident = await http.CreateIncident(IncidentRequests.NewIncident(title: "Core switch down", assignee: "alice"));
        await Ok(http.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/comments", new { text = "Vendor called", visibility = "public" }));
        await Ok(http.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/comments", new { text = "Spare is in rack 3", visibility = "workNote" }));
        await Ok(http.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/transitions", new { to = "inProgress" }));
        using var problemCreated = await http.PostAsJsonAsync("api/problems", new { title = "Switch firmware crashes", description = "Twice a week" });
        await problemCreated.EnsureStatus(HttpStatusCode.Created);
        var problemId = (await problemCreated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var response = await http.GetAsync(new Uri("api/export", UriKind.Relative));
        await response.EnsureStatus(HttpStatusCode.OK);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();

        var exported = Assert.Single(document.GetProperty("incidents").EnumerateArray());
        Assert.Equal(incident.Id, exported.GetProperty("incident").GetProperty("id").GetGuid());
        Assert.Equal("inProgress", exported.GetProperty("incident").GetProperty("status").GetString());
        Assert.Equal(["Vendor called", "Spare is in rack 3"], exported.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
        Assert.Equal(
            ["created", "commentAdded", "workNoteAdded", "statusChanged"],
            exported.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()));
        var problem = Assert.Single(document.GetProperty("problems").EnumerateArray());
        Assert.Equal(problemId, problem.GetProperty("problem").GetProperty("id").GetGuid());
        Assert.Equal("Twice a week", problem.GetProperty("problem").GetProperty("description").GetString());
    }

    private static async Task Ok(Task<HttpResponseMessage> sent)
    {
        using var response = await sent;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
