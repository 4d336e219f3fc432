using ItsmOrleans.Grains.Accounts;
using ItsmOrleans.Hosting.Export;
using Microsoft.Extensions.DependencyInjection;

namespace ItsmOrleans.Web.Tests.Export;

/// <summary>What administrators configure, in GET /api/export as the public views of its own endpoints, and no secret with it.</summary>
[Collection(WebAppTests.Name)]
public class ExportConfigurationTests(WebAppFixture app)
{
    private static readonly string[] Alice = ["alice"];
    private static readonly string[] Tasks = ["Order"];
    private static readonly string[] Columns = ["number", "title"];
    private static readonly string[] Events = ["incident.created"];

    [Fact]
    public async Task Everything_an_administrator_configures_is_in_the_export()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (routingKey, service) = await Integrations.Define(app.Http, "Exported monitoring");
        await Put($"api/services/{service}/maintenance-windows",
            new { weekly = new[] { new { day = "sunday", start = "02:00", duration = "04:00:00", timeZone = "UTC" } } });
        await Put($"api/catalog/item-{suffix}", new { name = "Exported monitor", category = "Hardware", approval = new { kind = "none" }, tasks = Tasks, fulfilmentGroup = "desktop" });
        await Put($"api/change-catalog/templates/restart-{suffix}", new { name = "Exported restart", implementationPlan = "Restart it", backoutPlan = "Start the old one", serviceIds = new[] { service } });
        var freezeStart = DateTimeOffset.UtcNow.AddDays(300);
        await Put($"api/change-catalog/freezes/peak-{suffix}", new { name = "Exported freeze", start = freezeStart, end = freezeStart.AddDays(2), serviceIds = new[] { service } });
        await Put($"api/on-call-schedules/oncall-{suffix}", new
        {
            name = "Exported rota",
            timeZone = "UTC",
            layers = new[] { new { name = "primary", users = Alice, start = "2026-01-05T09:00", turnLength = "7.00:00:00" } },
        });
        await Put($"api/escalation-policies/policy-{suffix}", new
        {
            name = "Exported paging",
            levels = new[] { new { escalateAfter = "00:10:00", targets = new[] { new { kind = "schedule", id = $"oncall-{suffix}" } } } },
        });
        await Put($"api/webhooks/hook-{suffix}", new { url = "https://hooks.example/itsm", secret = "signing-secret-" + suffix, events = Events });
        using (var saved = await app.Http.PostAsJsonAsync("api/views", new { name = "Exported view " + suffix, query = "open=true", columns = Columns }))
        {
            await saved.EnsureStatus(HttpStatusCode.Created);
        }

        var (userName, _) = await Accounts.CreateUser(app, "agent", "exporters");
        var key = await Accounts.CreateNamedApiKey(app, "exported key " + suffix, "agent");
        await TriggerAlert(routingKey, service, "disk-" + suffix);

        var document = await Export();

        Assert.Equal("Exported monitor", Single(document, "catalogItems", "id", $"item-{suffix}").GetProperty("name").GetString());
        Assert.Equal("Exported restart", Single(document, "changeTemplates", "id", $"restart-{suffix}").GetProperty("name").GetString());
        Assert.Equal("Exported freeze", Single(document, "changeFreezes", "id", $"peak-{suffix}").GetProperty("name").GetString());
        var definition = Single(document, "serviceDefinitions", "id", service);
        Assert.Equal("Exported monitoring", definition.GetProperty("name").GetString());
        Assert.Equal("02:00:00", definition.GetProperty("maintenance").GetProperty("weekly")[0].GetProperty("start").GetString());
        Assert.Equal("Exported rota", Single(document, "onCallSchedules", "id", $"oncall-{suffix}").GetProperty("name").GetString());
        var policy = Single(document, "escalationPolicies", "id", $"policy-{suffix}");
        Assert.Equal($"oncall-{suffix}", policy.GetProperty("levels")[0].GetProperty("targets")[0].GetProperty("id").GetString());
        Assert.Equal(service, Single(document, "integrationKeys", "keyEnding", "…" + routingKey[^4..]).GetProperty("serviceId").GetString());
        Assert.Equal(service, Single(document, "alerts", "dedupKey", $"disk-{suffix}").GetProperty("serviceId").GetString());
        Assert.DoesNotContain(routingKey, document.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("https://hooks.example/itsm", Single(document, "webhooks", "id", $"hook-{suffix}").GetProperty("url").GetString());
        Assert.Equal("open=true", Single(document, "savedViews", "name", "Exported view " + suffix).GetProperty("query").GetString());
        Assert.Equal("exporters", Assert.Single(Single(document, "users", "userName", userName).GetProperty("groups").EnumerateArray()).GetString());
        var exportedKey = Single(document, "apiKeys", "name", "exported key " + suffix);
        Assert.StartsWith($"itsm_{exportedKey.GetProperty("id").GetString()}.", key, StringComparison.Ordinal);
        Assert.Equal("agent", exportedKey.GetProperty("role").GetString());
        Assert.Contains(document.GetProperty("auditLog").EnumerateArray(), e => e.GetProperty("subject").GetString() == userName);
    }

    [Fact]
    public async Task No_secret_password_or_hash_appears_anywhere_in_the_export()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var webhookSecret = "whsec-" + Guid.NewGuid().ToString("N");
        await Put($"api/webhooks/secret-{suffix}", new { url = "https://hooks.example/secret", secret = webhookSecret, events = Events });
        var (userName, password) = await Accounts.CreateUser(app, "agent");
        var key = await Accounts.CreateNamedApiKey(app, "secret key " + suffix, "agent");
        var keySecret = key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var passwordHash = await Stored<UserAccountState>(UserAccountGrain.StateName, s => s.UserName == userName, s => s.PasswordHash);
        var secretHash = await Stored<ApiKeyState>(ApiKeyGrain.StateName, s => s.Name == "secret key " + suffix, s => s.SecretHash);

        using var response = await app.Http.GetAsync(new Uri("api/export", UriKind.Relative));
        await response.EnsureStatus(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains($"secret-{suffix}", text, StringComparison.Ordinal);
        Assert.Contains(userName, text, StringComparison.Ordinal);
        Assert.Contains("secret key " + suffix, text, StringComparison.Ordinal);
        foreach (var secret in new[] { webhookSecret, password, passwordHash, key, keySecret, secretHash })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        foreach (var field in new[] { "\"secret\"", "\"passwordHash\"", "\"secretHash\"", "\"securityStamp\"" })
        {
            Assert.DoesNotContain(field, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private async Task<string> Stored<TState>(string stateName, Func<TState, bool> match, Func<TState, string> secret)
    {
        var rows = app.Services.GetRequiredService<GrainStateRows>();
        await foreach (var page in rows.KeyedPages<TState>(stateName, 200, CancellationToken.None))
        {
            if (page.FirstOrDefault(s => match(s.State)) is { } found)
            {
                var value = secret(found.State);
                Assert.False(string.IsNullOrEmpty(value));
                return value;
            }
        }

        throw new InvalidOperationException($"No saved {stateName} matched.");
    }

    private async Task TriggerAlert(string routingKey, string serviceId, string dedupKey)
    {
        using var monitor = new HttpClient { BaseAddress = app.BaseAddress };
        using (var sent = await monitor.PostAsJsonAsync("v2/enqueue", new
        {
            routing_key = routingKey,
            event_action = "trigger",
            dedup_key = dedupKey,
            payload = new { summary = "Disk full", source = "db-1.example", severity = "warning" },
        }))
        {
            await sent.EnsureStatus(HttpStatusCode.Accepted);
        }

        // Events are taken in and then processed: the alert is there once the list shows it.
        await Eventually.Get(
            async () => (await app.Http.GetFromJsonAsync<JsonElement[]>($"api/alerts?serviceId={serviceId}"))!.Any(a => a.GetProperty("dedupKey").GetString() == dedupKey) ? "listed" : null,
            TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100), "The alert reaching the list");
    }

    private async Task Put(string path, object body)
    {
        using var response = await app.Http.PutAsJsonAsync(path, body);
        await response.EnsureStatus(HttpStatusCode.OK);
    }

    private async Task<JsonElement> Export()
    {
        using var response = await app.Http.GetAsync(new Uri("api/export", UriKind.Relative));
        await response.EnsureStatus(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Single(JsonElement document, string section, string property, string value) =>
        Assert.Single(document.GetProperty(section).EnumerateArray(), e => e.GetProperty(property).GetString() == value);
}
