namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>
/// On-call schedules and escalation policies: an admin defines them in the console by typing and sees who is on call now
/// and next, and an alert pages that person; agents and the NOC read them on the On call page, which turns over at the hand-off.
/// </summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class OnCallPageTests(WebAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task An_admin_defines_a_schedule_a_policy_a_service_with_a_dependency_and_an_integration_key_and_an_alert_pages_the_person_shown_on_call()
    {
        var (ann, _) = await Accounts.CreateUser(App, "agent");
        var (bob, _) = await Accounts.CreateUser(App, "agent");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (scheduleId, policyId) = ($"dba-{suffix}", $"db-{suffix}");
        var firstTurn = DateTime.UtcNow.Date.AddDays(-1);
        var page = await OpenSignedIn("admin.html", "admin");

        var schedules = await AdminConsole.Open(page, "on-call");
        var form = schedules.Locator("[data-schedule-form]");
        await form.Locator("input[name=id]").FillAsync(scheduleId);
        await form.Locator("input[name=name]").FillAsync("DBA on call " + suffix);
        await form.Locator("input[name=timeZone]").FillAsync("UTC");
        var layer = form.Locator("[data-schedule-layer]").First;
        await layer.Locator("[data-layer-part=users]").FillAsync($"{ann}, {bob}");
        await layer.Locator("[data-layer-part=start]").FillAsync(firstTurn.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await layer.Locator("[data-layer-part=every]").FillAsync("1");
        await layer.Locator("[data-layer-part=unit]").SelectOptionAsync("days");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save schedule" }).ClickAsync();
        var card = schedules.Locator($"[data-schedule='{scheduleId}']");
        await card.WaitForAsync(new() { Timeout = 10_000 });
        var onCallNow = await card.Locator("[data-on-call-now]").InnerTextAsync();
        var onCallNext = await card.Locator("[data-on-call-next]").InnerTextAsync();
        var handOff = await card.Locator("[data-on-call-from]").GetAttributeAsync("datetime");

        var policies = await AdminConsole.Open(page, "escalation");
        var policyForm = policies.Locator("[data-policy-form]");
        await policyForm.Locator("input[name=id]").FillAsync(policyId);
        await policyForm.Locator("input[name=name]").FillAsync("Database paging " + suffix);
        var level = policyForm.Locator("[data-policy-level]").First;
        await level.Locator("[data-level-part=schedule]").FillAsync(scheduleId);
        await level.Locator("[data-level-part=minutes]").FillAsync("0");
        await policyForm.GetByRole(AriaRole.Button, new() { Name = "Save policy" }).ClickAsync();
        await Assertions.Expect(level.Locator("[data-field-problem='levels[0].escalateAfter']")).ToContainTextAsync("waits from", new() { Timeout = 10_000 });
        await level.Locator("[data-level-part=minutes]").FillAsync("1");
        await policyForm.GetByRole(AriaRole.Button, new() { Name = "Save policy" }).ClickAsync();
        await Assertions.Expect(policies.Locator($"[data-policy='{policyId}']")).ToContainTextAsync($"on call in {scheduleId}", new() { Timeout = 10_000 });

        var (service, storage) = ($"orders-db-{suffix}", $"storage-{suffix}");
        await AdminConsole.Open(page, "services");
        await DefineService(page, storage, "Storage " + suffix, escalationPolicy: null);
        await DefineService(page, service, "Orders database " + suffix, policyId);
        var dependencies = page.Locator($"[data-service-dependencies][data-service='{service}']");
        await dependencies.Locator("select[name=dependsOn]").SelectOptionAsync(storage);
        await dependencies.Locator("button[type=submit]").ClickAsync();
        await dependencies.Locator($"[data-dependency='{storage}']").WaitForAsync(new() { Timeout = 10_000 });

        var integrations = await AdminConsole.Open(page, "integrations");
        var keyForm = integrations.Locator("[data-integration-create]");
        await keyForm.Locator("input[name=name]").FillAsync("Zabbix " + suffix);
        await keyForm.Locator("select[name=serviceId]").SelectOptionAsync(service);
        await keyForm.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var secret = integrations.Locator("[data-secret]");
        await secret.WaitForAsync(new() { Timeout = 10_000 });
        var routingKey = await secret.Locator("[data-secret-value]").InnerTextAsync();
        var defined = await App.Http.GetFromJsonAsync<JsonElement>($"api/services/{service}");
        Assert.Equal((policyId, storage), (defined.GetProperty("escalationPolicyId").GetString(), defined.GetProperty("dependsOn")[0].GetString()));

        using var monitor = new HttpClient { BaseAddress = App.BaseAddress };
        using (var triggered = await monitor.PostAsJsonAsync("v2/enqueue", new
        {
            routing_key = routingKey,
            event_action = "trigger",
            dedup_key = "replication-lag",
            payload = new { summary = "Replication lag 300 s", source = "db-2", severity = "critical" },
        }))
        {
            await triggered.EnsureStatus(HttpStatusCode.Accepted);
        }

        var paged = await Eventually.Get<string[]>(async () =>
        {
            var alerts = await App.Http.GetFromJsonAsync<JsonElement>($"api/alerts?serviceId={service}&dedupKey=replication-lag");
            if (alerts.EnumerateArray().FirstOrDefault() is not { ValueKind: JsonValueKind.Object } alert
                || !alert.TryGetProperty("incidentId", out var incident) || incident.GetString() is not { } incidentId)
            {
                return null;
            }

            using var escalation = await App.Http.GetAsync($"api/incidents/{incidentId}/escalation");
            return escalation.IsSuccessStatusCode && (await escalation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("steps") is { ValueKind: JsonValueKind.Array } steps && steps.GetArrayLength() > 0
                ? steps[0].GetProperty("users").EnumerateArray().Select(u => u.GetString()!).ToArray()
                : null;
        }, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(200), "the first page of the escalation");

        Assert.Equal(new[] { ann, bob }.Order(), new[] { onCallNow, onCallNext }.Order());
        Assert.Equal(firstTurn.AddDays(2), DateTimeOffset.Parse(handOff!, CultureInfo.InvariantCulture).UtcDateTime);
        Assert.Equal([onCallNow], paged);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("noc")]
    public async Task Agents_and_the_noc_see_who_is_on_call_now_and_next_and_the_page_turns_over_at_the_hand_off(string role)
    {
        var (ann, _) = await Accounts.CreateUser(App, "agent");
        var (bob, _) = await Accounts.CreateUser(App, "agent");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var scheduleId = $"net-{suffix}";
        // One-minute turns whose current one ends within about twenty seconds: the page should turn over by itself.
        var start = DateTime.UtcNow.AddSeconds(-40);
        await Put($"api/on-call-schedules/{scheduleId}", new
        {
            name = "Network on call " + suffix,
            timeZone = "UTC",
            layers = new[] { new { name = "primary", users = new[] { ann, bob }, start = start.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), turnLength = "00:01:00" } },
        });
        await Put($"api/escalation-policies/net-{suffix}", new
        {
            name = "Network paging " + suffix,
            levels = new[] { new { escalateAfter = "00:10:00", targets = new[] { new { kind = "schedule", id = scheduleId } } } },
        });

        var page = await OpenSignedIn("oncall.html", role);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        var card = page.Locator($"[data-on-call-schedules] [data-schedule='{scheduleId}']");
        var onCallNow = await card.Locator("[data-on-call-now]").InnerTextAsync();
        var onCallNext = await card.Locator("[data-on-call-next]").InnerTextAsync();
        var policy = page.Locator($"[data-on-call-policies] [data-policy='net-{suffix}']");
        var links = await page.Locator("header [aria-label=Pages] a").AllInnerTextsAsync();

        await Assertions.Expect(policy).ToContainTextAsync($"on call in {scheduleId}");
        await Assertions.Expect(page.Locator("[data-on-call-policies] :is(button, input, select, textarea)")).ToHaveCountAsync(0);
        await Assertions.Expect(card.Locator("[data-on-call-now]")).ToHaveTextAsync(onCallNext, new() { Timeout = 30_000 });
        Assert.Equal(new[] { ann, bob }.Order(), new[] { onCallNow, onCallNext }.Order());
        Assert.Equal("On call", await page.Locator("header [aria-current=page]").InnerTextAsync());
        Assert.Contains("On call", links);
        Assert.DoesNotContain("Administration", links);
    }

    [Fact]
    public async Task An_agent_covers_a_shift_with_an_override_sees_themselves_on_call_and_takes_it_out_again()
    {
        var (ann, _) = await Accounts.CreateUser(App, "agent");
        var (agent, password) = await Accounts.CreateUser(App, "agent");
        var scheduleId = $"db-{Guid.NewGuid():N}"[..11];
        await Put($"api/on-call-schedules/{scheduleId}", new
        {
            name = "Database on call " + scheduleId,
            timeZone = "UTC",
            layers = new[] { new { name = "primary", users = new[] { ann }, start = "2026-01-05T00:00", turnLength = "7.00:00:00" } },
        });

        var page = await OpenSignedInAs("oncall.html", agent, password);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        var card = page.Locator($"[data-on-call-schedules] [data-schedule='{scheduleId}']");
        await Assertions.Expect(card.Locator("[data-on-call-now]")).ToHaveTextAsync(ann);
        var form = card.Locator("[data-override-form]");
        await Assertions.Expect(form.Locator("input[name=user]")).ToHaveValueAsync(agent);
        await form.GetByRole(AriaRole.Button, new() { Name = "Cover" }).ClickAsync();

        await Assertions.Expect(card.Locator("[data-on-call-now]")).ToHaveTextAsync(agent, new() { Timeout = 15_000 });
        await Assertions.Expect(card.Locator($"[data-overrides] [data-override='{agent}']")).ToHaveCountAsync(1);
        var stored = await App.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"api/on-call-schedules/{scheduleId}");
        Assert.Equal(agent, stored.GetProperty("overrides")[0].GetProperty("user").GetString());

        await card.GetByRole(AriaRole.Button, new() { Name = $"Remove the override of {agent}" }).ClickAsync();
        await Assertions.Expect(card.Locator("[data-on-call-now]")).ToHaveTextAsync(ann, new() { Timeout = 15_000 });
        stored = await App.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"api/on-call-schedules/{scheduleId}");
        Assert.Equal(0, stored.GetProperty("overrides").GetArrayLength());
    }

    [Fact]
    public async Task The_noc_sees_who_is_on_call_but_is_not_offered_to_cover_a_shift()
    {
        var (ann, _) = await Accounts.CreateUser(App, "agent");
        var scheduleId = $"mq-{Guid.NewGuid():N}"[..11];
        await Put($"api/on-call-schedules/{scheduleId}", new
        {
            name = "Queues on call " + scheduleId,
            timeZone = "UTC",
            layers = new[] { new { name = "primary", users = new[] { ann }, start = "2026-01-05T00:00", turnLength = "7.00:00:00" } },
        });

        var page = await OpenSignedIn("oncall.html", "noc");
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        var card = page.Locator($"[data-on-call-schedules] [data-schedule='{scheduleId}']");
        await Assertions.Expect(card.Locator("[data-on-call-now]")).ToHaveTextAsync(ann);
        await Assertions.Expect(card.Locator("[data-override-form]")).ToHaveCountAsync(0);
    }

    /// <summary>Defines a service in the console's services section, by typing and choosing.</summary>
    private static async Task DefineService(IPage page, string id, string name, string? escalationPolicy)
    {
        await page.ClickAsync("[data-new-service]");
        var form = page.Locator("[data-service-form]");
        await form.Locator("input[name=id]").FillAsync(id);
        await form.Locator("input[name=name]").FillAsync(name);
        await form.Locator("select[name=kind]").SelectOptionAsync("technical");
        await form.Locator("select[name=criticality]").SelectOptionAsync("1");
        if (escalationPolicy is not null)
        {
            await form.Locator("select[name=escalationPolicy]").SelectOptionAsync(escalationPolicy);
        }

        await form.Locator("button[type=submit]").ClickAsync();
        await page.Locator($"[data-service-list] tr[data-service='{id}']").WaitForAsync(new() { Timeout = 10_000 });
    }

    private async Task Put(string path, object body)
    {
        using var response = await App.Http.PutAsJsonAsync(path, body);
        await response.EnsureStatus(HttpStatusCode.OK);
    }
}
