namespace ItsmOrleans.Web.Tests.Api;

/// <summary>
/// A ticket names only services, assignment groups, people and catalogue items that exist: anything else is refused
/// with a 400 naming the field and the value, and nothing is created or changed.
/// </summary>
[Collection(WebAppTests.Name)]
public class UnknownReferenceTests(WebAppFixture app)
{
    private static readonly string[] OrderTask = ["Order"];

    private static string Unknown(string what) => $"no-such-{what}-{Guid.NewGuid():N}"[..28].ToLowerInvariant();

    [Theory]
    [InlineData("requester")]
    [InlineData("serviceId")]
    [InlineData("assignmentGroup")]
    [InlineData("assignee")]
    public async Task An_incident_naming_something_unknown_is_refused_and_not_raised(string field)
    {
        var title = $"Unknown {field} {Guid.NewGuid():N}";
        var unknown = Unknown(field);
        var body = new Dictionary<string, string> { ["title"] = title, ["impact"] = "low", ["urgency"] = "low", ["requester"] = "bob", [field] = unknown };

        using var response = await app.Http.PostAsJsonAsync("api/incidents", body);

        await response.AssertRefused(field, unknown);
        var listed = await app.Http.GetFromJsonAsync<JsonElement>("api/incidents?limit=200");
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString() == title);
    }

    [Fact]
    public async Task Assigning_or_moving_an_incident_to_something_unknown_is_refused_and_changes_nothing()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident());
        var (group, person, service) = (Unknown("group"), Unknown("person"), Unknown("service"));

        using (var response = await app.Http.PostAsJsonAsync($"api/incidents/{incident.Id}/assignment", new { assignmentGroup = group }))
        {
            await response.AssertRefused("assignmentGroup", group);
        }

        using (var response = await app.Http.PostAsJsonAsync($"api/incidents/{incident.Id}/assignment", new { assignee = person }))
        {
            await response.AssertRefused("assignee", person);
        }

        using (var response = await app.Http.Send(HttpMethod.Patch, $"api/incidents/{incident.Id}", new { serviceId = service }))
        {
            await response.AssertRefused("serviceId", service);
        }

        Assert.Equal(incident.Version, (await app.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{incident.Id}")).GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("serviceId")]
    [InlineData("assignmentGroup")]
    [InlineData("assignee")]
    public async Task A_problem_naming_something_unknown_is_refused_on_opening_and_on_editing(string field)
    {
        var title = $"Unknown {field} {Guid.NewGuid():N}";
        var unknown = Unknown(field);

        using (var response = await app.Http.PostAsJsonAsync("api/problems", new Dictionary<string, string> { ["title"] = title, [field] = unknown }))
        {
            await response.AssertRefused(field, unknown);
        }

        var problems = await app.Http.GetFromJsonAsync<JsonElement>("api/problems");
        Assert.DoesNotContain(problems.EnumerateArray(), p => p.GetProperty("title").GetString() == title);

        using var opened = await app.Http.PostAsJsonAsync("api/problems", new { title });
        await opened.EnsureStatus(HttpStatusCode.Created);
        var problem = await opened.Content.ReadFromJsonAsync<JsonElement>();
        using (var response = await app.Http.Send(HttpMethod.Patch, $"api/problems/{problem.GetProperty("id").GetGuid()}", new Dictionary<string, string> { [field] = unknown }))
        {
            await response.AssertRefused(field, unknown);
        }
    }

    [Theory]
    [InlineData("serviceId")]
    [InlineData("implementer")]
    public async Task A_change_naming_something_unknown_is_refused_on_raising_and_on_editing(string field)
    {
        var title = $"Unknown {field} {Guid.NewGuid():N}";
        var unknown = Unknown(field);

        using (var response = await app.Http.PostAsJsonAsync("api/changes", new Dictionary<string, string> { ["type"] = "normal", ["title"] = title, [field] = unknown }))
        {
            await response.AssertRefused(field, unknown);
        }

        var changes = await app.Http.GetFromJsonAsync<JsonElement>("api/changes?limit=200");
        Assert.DoesNotContain(changes.GetProperty("items").EnumerateArray(), c => c.GetProperty("title").GetString() == title);

        using var raised = await app.Http.PostAsJsonAsync("api/changes", new { type = "normal", title });
        await raised.EnsureStatus(HttpStatusCode.Created);
        var change = await raised.Content.ReadFromJsonAsync<JsonElement>();
        using (var response = await app.Http.Send(HttpMethod.Patch, $"api/changes/{change.GetProperty("id").GetGuid()}", new Dictionary<string, string> { [field] = unknown }))
        {
            await response.AssertRefused(field, unknown);
        }
    }

    [Fact]
    public async Task A_major_incident_under_an_unknown_commander_is_refused_and_its_incident_is_left_alone()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Core network down"));
        var commander = Unknown("commander");

        using (var response = await app.Http.PostAsJsonAsync("api/major-incidents", new { title = "Core network down", primaryIncidentId = incident.Id, commander }))
        {
            await response.AssertRefused("commander", commander);
        }

        Assert.Equal(JsonValueKind.Null, (await app.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{incident.Id}")).GetProperty("majorIncident").ValueKind);

        using var promoted = await app.Http.PostAsJsonAsync("api/major-incidents", new { title = "Core network down", primaryIncidentId = incident.Id, commander = "carla" });
        await promoted.EnsureStatus(HttpStatusCode.Created);
        var id = (await promoted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var handedOver = await app.Http.Send(HttpMethod.Put, $"api/major-incidents/{id}/commander", new { commander });
        await handedOver.AssertRefused("commander", commander);
    }

    [Fact]
    public async Task A_service_request_for_an_unknown_item_or_person_or_given_to_an_unknown_fulfiller_is_refused()
    {
        var item = $"monitor-{Guid.NewGuid():N}"[..16];
        using (var defined = await app.Http.PutAsJsonAsync($"api/catalog/{item}", new { name = "Second monitor", tasks = OrderTask, fulfilmentGroup = "desktop" }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var (missingItem, person) = (Unknown("item"), Unknown("person"));
        using (var response = await app.Http.PostAsJsonAsync("api/requests", new { itemId = missingItem }))
        {
            await response.AssertRefused("itemId", missingItem);
        }

        using (var response = await app.Http.PostAsJsonAsync("api/requests", new { itemId = item, requestedFor = person }))
        {
            await response.AssertRefused("requestedFor", person);
        }

        var requests = await app.Http.GetFromJsonAsync<JsonElement>("api/requests");
        Assert.DoesNotContain(requests.EnumerateArray(), r => r.GetProperty("requestedFor").GetString() == person);

        using var submitted = await app.Http.PostAsJsonAsync("api/requests", new { itemId = item, requestedFor = "rita" });
        await submitted.EnsureStatus(HttpStatusCode.Created);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var assigned = await app.Http.PostAsJsonAsync($"api/requests/{id}/tasks/1/assignment", new { assignee = person });
        await assigned.AssertRefused("assignee", person);
    }

    [Fact]
    public async Task Api_key_callers_identity_provider_users_and_the_hub_itself_may_be_named_but_not_a_key_nobody_made()
    {
        var keyName = $"deploy-bot-{Guid.NewGuid():N}"[..20];
        await Accounts.CreateNamedApiKey(app, keyName, "agent");

        foreach (var (requester, assignee) in new[] { ("bob", $"key:{keyName}"), ("bob", "jwt:amira@corp.example"), ("monitoring", "alice"), ("system", "alice") })
        {
            await app.Http.CreateIncident(IncidentRequests.NewIncident(requester: requester, assignee: assignee));
        }

        var missingKey = $"key:{Unknown("key")}";
        using var response = await app.Http.PostAsJsonAsync("api/incidents", IncidentRequests.NewIncident(assignee: missingKey));
        await response.AssertRefused("assignee", missingKey);
    }

    [Fact]
    public async Task A_group_exists_while_an_account_or_unrevoked_api_key_is_in_it_or_a_service_supports_it()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (ofAccount, ofKey, ofService) = ($"team-a-{suffix}", $"team-k-{suffix}", $"team-s-{suffix}");
        var (member, _) = await Accounts.CreateUser(app, "agent", ofAccount);
        using var key = await app.Http.PostAsJsonAsync("api/admin/api-keys", new { name = $"bot {suffix}", role = "agent", groups = new[] { ofKey } });
        await key.EnsureStatus(HttpStatusCode.Created);
        var keyId = (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("apiKey").GetProperty("id").GetString();
        using (var service = await app.Http.PutAsJsonAsync($"api/services/svc-{suffix}", new { name = "Payroll", kind = "business", criticality = 2, supportGroup = ofService }))
        {
            await service.EnsureStatus(HttpStatusCode.OK);
        }

        foreach (var group in new[] { ofAccount, ofKey.ToUpperInvariant(), ofService })
        {
            await app.Http.CreateIncident(IncidentRequests.NewIncident(group: group));
        }

        using (var revoked = await app.Http.DeleteAsync(new Uri($"api/admin/api-keys/{keyId}", UriKind.Relative)))
        {
            await revoked.EnsureStatus(HttpStatusCode.OK);
        }

        using (var left = await app.Http.Send(HttpMethod.Patch, $"api/admin/users/{member}", new { groups = Array.Empty<string>() }))
        {
            await left.EnsureStatus(HttpStatusCode.OK);
        }

        foreach (var gone in new[] { ofKey, ofAccount })
        {
            using var response = await app.Http.PostAsJsonAsync("api/incidents", IncidentRequests.NewIncident(group: gone));
            await response.AssertRefused("assignmentGroup", gone);
        }
    }
}
