namespace ItsmOrleans.Web.Tests.Alerts;

/// <summary>Alertmanager's webhook (version 4 payload) posted to the receiver: firing triggers, resolved resolves, fingerprints deduplicate.</summary>
[Collection(WebAppTests.Name)]
public class AlertmanagerTests(WebAppFixture app)
{
    [Fact]
    public async Task Firing_alerts_of_one_group_share_an_incident_repeats_count_and_it_resolves_when_all_resolved()
    {
        var (routingKey, service) = await Integration();
        using var alertmanager = new HttpClient { BaseAddress = app.BaseAddress };

        var processed = await Post(alertmanager, routingKey, Payload(("firing", "a1f0c0ffee000001", "critical"), ("firing", "a1f0c0ffee000002", "warning")), HttpStatusCode.OK);
        Assert.Equal(2, processed.GetProperty("processed").GetInt32());
        await Post(alertmanager, routingKey, Payload(("firing", "a1f0c0ffee000001", "critical")), HttpStatusCode.OK);

        var first = await Alert(service, "a1f0c0ffee000001");
        Assert.Equal(("triggered", 2), (first.GetProperty("status").GetString(), first.GetProperty("count").GetInt32()));
        Assert.Equal("BlackBox probe failure: https://shop.example", first.GetProperty("summary").GetString());
        var second = await Alert(service, "a1f0c0ffee000002");
        var incidentId = first.GetProperty("incidentId").GetString();
        Assert.Equal(incidentId, second.GetProperty("incidentId").GetString());

        await Post(alertmanager, routingKey, Payload(("resolved", "a1f0c0ffee000001", "critical")), HttpStatusCode.OK);
        Assert.Equal("resolved", (await Alert(service, "a1f0c0ffee000001")).GetProperty("status").GetString());
        Assert.Equal("triggered", (await Alert(service, "a1f0c0ffee000002")).GetProperty("status").GetString());
        Assert.Equal("new", (await app.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{incidentId}")).GetProperty("status").GetString());

        await Post(alertmanager, routingKey, Payload(("resolved", "a1f0c0ffee000002", "warning")), HttpStatusCode.OK);
        Assert.Equal("resolved", (await app.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{incidentId}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_bad_payload_is_a_400_naming_the_alert_and_an_unknown_key_a_404()
    {
        var (routingKey, _) = await Integration();
        using var alertmanager = new HttpClient { BaseAddress = app.BaseAddress };
        var problem = await Post(alertmanager, routingKey, Payload(("pending", "b2", "critical")), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("alerts[0].status", out _));
        await Post(alertmanager, "Z" + routingKey[1..], Payload(("firing", "b2", "critical")), HttpStatusCode.NotFound);
        await Post(alertmanager, routingKey, new { version = "4" }, HttpStatusCode.BadRequest);
    }

    private static object Payload(params (string Status, string Fingerprint, string Severity)[] alerts) => new
    {
        receiver = "itsm",
        status = alerts[0].Status,
        alerts = alerts.Select(a => new
        {
            status = a.Status,
            labels = new Dictionary<string, string> { ["alertname"] = "ProbeFailure", ["instance"] = "https://shop.example", ["job"] = "http_checks", ["severity"] = a.Severity },
            annotations = new Dictionary<string, string> { ["summary"] = "BlackBox probe failure: https://shop.example" },
            startsAt = "2026-11-24T04:00:00Z",
            endsAt = "0001-01-01T00:00:00Z",
            generatorURL = "http://prometheus.example:9090/graph",
            fingerprint = a.Fingerprint,
        }),
        groupLabels = new { alertname = "ProbeFailure" },
        externalURL = "http://alertmanager.example:9093",
        version = "4",
        groupKey = "{}:{alertname=\"ProbeFailure\"}",
        truncatedAlerts = 0,
    };

    private Task<(string RoutingKey, string ServiceId)> Integration() => Integrations.Define(app.Http, "Web shop", "Alertmanager");

    private Task<JsonElement> Alert(string serviceId, string dedupKey) => AlertLookup.Find(app.Http, serviceId, dedupKey);

    private static async Task<JsonElement> Post(HttpClient client, string routingKey, object body, HttpStatusCode expected)
    {
        using var response = await client.PostAsJsonAsync($"v1/alertmanager/{routingKey}", body);
        await response.EnsureStatus(expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
