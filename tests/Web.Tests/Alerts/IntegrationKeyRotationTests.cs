namespace ItsmOrleans.Web.Tests.Alerts;

/// <summary>An administrator rotates a leaked or due routing key: the old key works for the overlap, then is refused.</summary>
[Collection(WebAppTests.Name)]
public class IntegrationKeyRotationTests(WebAppFixture app)
{
    [Fact]
    public async Task During_the_overlap_both_keys_work_and_an_alert_raised_with_the_old_key_is_resolved_with_the_new_one()
    {
        var (oldKey, service) = await Integrations.Define(app.Http, "Storage arrays");
        using var monitor = new HttpClient { BaseAddress = app.BaseAddress };
        await Send(monitor, oldKey, "trigger", HttpStatusCode.Accepted);

        var rotation = await Rotate(oldKey, new { overlap = "2.00:00:00" }, HttpStatusCode.OK);
        var newKey = rotation.GetProperty("current").GetProperty("routingKey").GetString()!;
        Assert.Matches("^[0-9a-f]{32}$", newKey);
        var retiresAt = rotation.GetProperty("previous").GetProperty("retiresAt").GetDateTimeOffset();
        Assert.InRange(retiresAt - DateTimeOffset.UtcNow, TimeSpan.FromDays(2) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(2));
        Assert.Equal(service, (await app.Http.GetFromJsonAsync<JsonElement>($"api/integrations/{newKey}")).GetProperty("serviceId").GetString());

        await Send(monitor, oldKey, "trigger", HttpStatusCode.Accepted);
        Assert.Equal(("triggered", 2), Status(await AlertLookup.Find(app.Http, service, "array-degraded")));
        await Send(monitor, newKey, "resolve", HttpStatusCode.Accepted);
        var resolved = await AlertLookup.Find(app.Http, service, "array-degraded");
        Assert.Equal("resolved", resolved.GetProperty("status").GetString());
        var incident = await app.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{resolved.GetProperty("incidentId").GetString()}");
        Assert.Equal("resolved", incident.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_key_rotated_without_overlap_is_refused_at_once_a_retried_rotation_gives_the_same_key_and_an_old_key_cannot_be_redefined()
    {
        var (oldKey, service) = await Integrations.Define(app.Http, "Core routers");
        using var monitor = new HttpClient { BaseAddress = app.BaseAddress };
        await Send(monitor, oldKey, "trigger", HttpStatusCode.Accepted);

        var rotation = await Rotate(oldKey, new { overlap = "00:00:00" }, HttpStatusCode.OK);
        var newKey = rotation.GetProperty("current").GetProperty("routingKey").GetString()!;
        var refused = await Send(monitor, oldKey, "resolve", HttpStatusCode.BadRequest);
        Assert.Contains("rotated", refused.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("triggered", (await AlertLookup.Find(app.Http, service, "array-degraded")).GetProperty("status").GetString());
        await Send(monitor, newKey, "resolve", HttpStatusCode.Accepted);

        var retried = await Rotate(oldKey, new { overlap = "00:00:00" }, HttpStatusCode.OK);
        Assert.Equal(newKey, retried.GetProperty("current").GetProperty("routingKey").GetString());
        await Rotate(newKey, new { overlap = "00:00:00" }, HttpStatusCode.OK);
        await Rotate(oldKey, new { overlap = "00:00:00" }, HttpStatusCode.Conflict);
        using var redefined = await app.Http.PutAsJsonAsync($"api/integrations/{oldKey}", new { name = "Hijack", serviceId = service });
        Assert.Equal(HttpStatusCode.Conflict, redefined.StatusCode);
    }

    [Fact]
    public async Task Rotation_is_for_administrators_with_an_overlap_of_at_most_thirty_days_on_a_key_that_exists()
    {
        var (key, _) = await Integrations.Define(app.Http, "Firewalls");
        var problem = await Rotate(key, new { overlap = "31.00:00:00" }, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("overlap", out _));
        await Rotate(Guid.NewGuid().ToString("N"), new { overlap = "01:00:00" }, HttpStatusCode.NotFound);

        foreach (var role in new[] { "agent", "noc", "requester" })
        {
            using var caller = app.CreateHttp(await Accounts.CreateApiKey(app, role));
            using var refused = await caller.PostAsJsonAsync($"api/integrations/{key}/rotation", new { overlap = "01:00:00" });
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
    }

    private static (string?, int) Status(JsonElement alert) => (alert.GetProperty("status").GetString(), alert.GetProperty("count").GetInt32());

    private async Task<JsonElement> Rotate(string routingKey, object body, HttpStatusCode expected)
    {
        using var response = await app.Http.PostAsJsonAsync($"api/integrations/{routingKey}/rotation", body);
        await response.EnsureStatus(expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> Send(HttpClient monitor, string routingKey, string action, HttpStatusCode expected)
    {
        using var response = await monitor.PostAsJsonAsync("v2/enqueue", new
        {
            routing_key = routingKey,
            event_action = action,
            dedup_key = "array-degraded",
            payload = new { summary = "Array degraded", source = "san-1", severity = "critical" },
        });
        await response.EnsureStatus(expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
