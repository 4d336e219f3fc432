namespace ItsmOrleans.Web.Tests.Export;

[Collection(WebAppTests.Name)]
public class ExportApiTests(WebAppFixture app)
{
    private static readonly string[] Models = ["standard", "developer"];
    private static readonly string[] Tasks = ["Order", "Hand over"];

    [Fact]
    public async Task The_export_is_a_json_download_holding_services_incidents_and_policies()
    {
        var service = "export-" + Guid.NewGuid().ToString("N")[..8];
        using (var defined = await app.Http.Send(HttpMethod.Put, $"api/services/{service}", new { name = "Exported service", kind = "technical" }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Exported incident", service: service));

        using var response = await app.Http.GetAsync(new Uri("api/export", UriKind.Relative));
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains(document.GetProperty("services").EnumerateArray(), s => s.GetProperty("id").GetString() == service);
        Assert.Contains(document.GetProperty("incidents").EnumerateArray(), i => i.GetProperty("incident").GetProperty("number").GetString() == incident.Number);
        Assert.Contains(document.GetProperty("slaPolicies").EnumerateArray(), p => p.GetProperty("id").GetString() == "standard");
        foreach (var section in new[] { "calendars", "changes", "serviceRequests", "problems", "majorIncidents", "risks", "businessImpacts", "vendorContracts", "licences" })
        {
            Assert.Equal(JsonValueKind.Array, document.GetProperty(section).ValueKind);
        }
    }

    [Fact]
    public async Task An_incident_is_exported_with_its_replies_work_notes_history_report_facts_and_sla_clocks()
    {
        var created = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Printer on fire", assignee: "alice"));
        var id = created.Id;
        await Ok(app.Http.Send(HttpMethod.Post, $"api/incidents/{id}/comments", new { text = "We are on it", visibility = "public" }));
        await Ok(app.Http.Send(HttpMethod.Post, $"api/incidents/{id}/comments", new { text = "Extinguisher in room 4", visibility = "workNote" }));
        await Ok(app.Http.Send(HttpMethod.Post, $"api/incidents/{id}/transitions", new { to = "inProgress" }));

        var exported = Single(await Export(), "incidents", e => e.GetProperty("incident").GetProperty("id").GetGuid() == id);

        var incident = exported.GetProperty("incident");
        Assert.Equal("Printer on fire", incident.GetProperty("title").GetString());
        Assert.Equal("Reported by the NOC", incident.GetProperty("description").GetString());
        Assert.Equal("inProgress", incident.GetProperty("status").GetString());
        Assert.Equal(4, incident.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Object, incident.GetProperty("sla").GetProperty("response").ValueKind);
        Assert.Equal(JsonValueKind.Object, incident.GetProperty("sla").GetProperty("resolution").ValueKind);
        Assert.Equal(
            [("We are on it", "public"), ("Extinguisher in room 4", "workNote")],
            exported.GetProperty("comments").EnumerateArray().Select(c => (c.GetProperty("text").GetString(), c.GetProperty("visibility").GetString())));
        Assert.Equal(
            ["created", "commentAdded", "workNoteAdded", "statusChanged"],
            exported.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()));
        Assert.Contains(exported.GetProperty("reportFacts").EnumerateArray(), f => f.GetProperty("event").GetString() == "opened");
    }

    [Fact]
    public async Task A_service_request_and_a_problem_are_exported_with_their_detail_and_history()
    {
        var item = $"export-{Guid.NewGuid():N}"[..15];
        using (var defined = await app.Http.PutAsJsonAsync($"api/catalog/{item}", new
        {
            name = "Exported laptop",
            category = "Hardware",
            fields = new[] { new { name = "model", label = "Model", type = "choice", required = true, choices = Models } },
            approval = new { kind = "none" },
            tasks = Tasks,
            fulfilmentGroup = "desktop",
        }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        using var submitted = await app.Http.PostAsJsonAsync("api/requests", new { itemId = item, answers = new { model = "developer" } });
        await submitted.EnsureStatus(HttpStatusCode.Created);
        var requestId = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var problemCreated = await app.Http.PostAsJsonAsync("api/problems", new { title = "Laptops overheat", description = "Fans stop" });
        await problemCreated.EnsureStatus(HttpStatusCode.Created);
        var problemId = (await problemCreated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Ok(app.Http.PatchAsJsonAsync($"api/problems/{problemId}", new { symptoms = "Fan noise then shutdown", workaround = "Use a cooling pad" }));

        var document = await Export();

        var request = Single(document, "serviceRequests", r => r.GetProperty("id").GetGuid() == requestId);
        Assert.Equal("Exported laptop", request.GetProperty("itemName").GetString());
        Assert.Equal("developer", request.GetProperty("answers").GetProperty("model").GetString());
        Assert.Equal(Tasks, request.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("title").GetString()));
        Assert.NotEqual(0, request.GetProperty("history").GetArrayLength());
        var problem = Single(document, "problems", p => p.GetProperty("problem").GetProperty("id").GetGuid() == problemId);
        Assert.Equal("Fan noise then shutdown", problem.GetProperty("problem").GetProperty("symptoms").GetString());
        Assert.Equal("Use a cooling pad", problem.GetProperty("problem").GetProperty("workaround").GetString());
        Assert.Equal(2, problem.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task More_incidents_than_one_page_each_appear_exactly_once()
    {
        var title = "Paged " + Guid.NewGuid().ToString("N")[..8];
        var created = new List<Guid>();
        foreach (var batch in Enumerable.Range(0, 210).Chunk(10))
        {
            var views = await Task.WhenAll(batch.Select(_ => app.Http.CreateIncident(IncidentRequests.NewIncident(title: title))));
            created.AddRange(views.Select(v => v.Id));
        }

        var ids = (await Export()).GetProperty("incidents").EnumerateArray()
            .Select(e => e.GetProperty("incident").GetProperty("id").GetGuid()).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(created.Order(), ids.Where(created.Contains).Order());
    }

    [Fact]
    public async Task Only_administrators_export()
    {
        using var agent = app.CreateHttp(await Accounts.CreateApiKey(app, "agent"));

        using var response = await agent.GetAsync(new Uri("api/export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<JsonElement> Export()
    {
        using var response = await app.Http.GetAsync(new Uri("api/export", UriKind.Relative));
        await response.EnsureStatus(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Single(JsonElement document, string section, Func<JsonElement, bool> match) =>
        Assert.Single(document.GetProperty(section).EnumerateArray(), e => match(e));

    private static async Task Ok(Task<HttpResponseMessage> sent)
    {
        using var response = await sent;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
