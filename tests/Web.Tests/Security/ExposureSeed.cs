using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>A canary string in a record, and the roles that may see it.</summary>
public sealed record Canary(string Text, string What, Role[] SeenBy);

/// <summary>The seeded tickets' incident, the integration's routing key, and the requester who raised them.</summary>
public sealed record Seeded(Guid IncidentId, string RoutingKey, HttpClient Owner);

/// <summary>
/// One of every kind of record, each carrying a canary where its most guarded text goes, for the data-exposure test,
/// with the ids and numbers to put into routes.
/// </summary>
public sealed class ExposureSeed(WebAppFixture app)
{
    private static readonly Role[] Watchers = [Role.Noc, Role.ChangeManager, Role.Agent, Role.Admin];
    private static readonly Role[] WorkNoteReaders = [Role.Agent, Role.Admin];
    private static readonly Role[] AdminsOnly = [Role.Admin];
    private static readonly Role[] Nobody = [];
    private static readonly string[] OneTask = ["Do it"];
    private static readonly string[] CreatedEvents = ["incident.created"];

    /// <summary>What this seeding's names end with, so callers made for the same test are told apart.</summary>
    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..10];

    public List<Canary> Canaries { get; } = [];

    public List<Guid> GuidIds { get; } = [];

    public List<string> TextIds { get; } = [];

    /// <summary>The numbers of the seeded tickets, for the routes that read a ticket by the number people quote.</summary>
    public List<string> Numbers { get; } = [];

    private string Plant(string what, Role[] seenBy)
    {
        var text = $"cnry{what}{Suffix}";
        Canaries.Add(new Canary(text, what, seenBy));
        return text;
    }

    /// <summary>One of every kind of record, each carrying a canary where its most guarded text goes.</summary>
    public async Task<Seeded> Seed()
    {
        var admin = app.Http;
        var (routingKey, service) = await Integrations.Define(admin, "Exposure probe");
        Canaries.Add(new Canary(routingKey, "routing key", AdminsOnly));
        TextIds.Add(service);

        var ownerKey = await Accounts.CreateNamedApiKey(app, $"exposure-owner-{Suffix}", "requester");
        Canaries.Add(new Canary(ownerKey[(ownerKey.IndexOf('.', StringComparison.Ordinal) + 1)..], "API key secret", Nobody));
        var owner = app.CreateHttp(ownerKey);
        var (userName, password) = await Accounts.CreateUser(app, "agent");
        Canaries.Add(new Canary(password, "password", Nobody));
        TextIds.Add(userName);

        var incident = await owner.CreateIncident(new { title = "Laptop " + Plant("ownincident", Watchers), description = "Screen flickers", impact = "low", urgency = "low" });
        GuidIds.Add(incident.Id);
        Numbers.Add(incident.Number);
        await Ok(admin.PostAsJsonAsync($"api/incidents/{incident.Id}/comments", new { text = "Suspect the GPU " + Plant("worknote", WorkNoteReaders), visibility = "workNote" }));
        await Ok(admin.PostAsJsonAsync($"api/incidents/{incident.Id}/comments", new { text = "We are on it " + Plant("reply", Watchers), visibility = "public" }));

        var item = $"exposure-item-{Suffix}";
        TextIds.Add(item);
        await Ok(admin.PutAsJsonAsync($"api/catalog/{item}", new
        {
            name = "Exposure probe item",
            category = "Hardware",
            fields = new[] { new { name = "detail", label = "Detail", type = "text", required = true } },
            approval = new { kind = "none" },
            tasks = OneTask,
            fulfilmentGroup = "desktop",
        }));
        GuidIds.Add(await IdOf(owner.PostAsJsonAsync("api/requests", new { itemId = item, answers = new Dictionary<string, string> { ["detail"] = Plant("requestanswer", Watchers) } })));

        GuidIds.Add(await IdOf(admin.PostAsJsonAsync("api/problems", new { title = "Root cause " + Plant("problem", Watchers) })));
        GuidIds.Add(await IdOf(admin.PostAsJsonAsync("api/changes", new { type = "normal", title = "Patch " + Plant("change", Watchers), serviceId = service })));
        GuidIds.Add(await IdOf(admin.PostAsJsonAsync("api/continuity/plans", new
        {
            title = "Recovery " + Plant("plan", Watchers),
            scenario = "Site loss",
            serviceIds = new[] { service },
            contacts = new[] { new { role = "Standby site manager", name = "Ana", reach = "+34 " + Plant("planreach", Watchers) } },
        })));
        await Ok(admin.PutAsJsonAsync($"api/services/{service}/business-impact", new { vitalBusinessFunctions = new[] { "Invoicing " + Plant("businessimpact", Watchers) } }));
        var primary = await admin.CreateIncident(IncidentRequests.NewIncident(title: "Exposure primary", assignee: "alice"));
        GuidIds.Add(primary.Id);
        GuidIds.Add(await IdOf(admin.PostAsJsonAsync("api/major-incidents", new { title = "Outage " + Plant("major", Watchers), primaryIncidentId = primary.Id, commander = "carla" })));

        var licence = $"exposure-licence-{Suffix}";
        TextIds.Add(licence);
        await Ok(admin.PutAsJsonAsync($"api/licences/{licence}", new { product = "Probe suite", vendor = "Probe", entitlements = 3, notes = Plant("licencenote", Watchers) }));
        await Ok(admin.PostAsJsonAsync($"api/licences/{licence}/assignments", new { assignee = Plant("licenceholder", Watchers) }));
        var contract = $"exposure-contract-{Suffix}";
        TextIds.Add(contract);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Ok(admin.PutAsJsonAsync($"api/vendor-contracts/{contract}", new
        {
            vendor = "Probe hosting",
            name = "Hosting " + Plant("contract", Watchers),
            serviceIds = new[] { service },
            start = today.AddYears(-1),
            end = today.AddYears(1),
        }));

        var schedule = $"exposure-rota-{Suffix}";
        var policy = $"exposure-paging-{Suffix}";
        TextIds.AddRange([schedule, policy]);
        await Ok(admin.PutAsJsonAsync($"api/on-call-schedules/{schedule}", new
        {
            name = "Rota " + Plant("oncall", Watchers),
            timeZone = "UTC",
            layers = new[] { new { name = "primary", users = new[] { Plant("oncalluser", Watchers) }, start = "2026-01-05T09:00", turnLength = "7.00:00:00" } },
        }));
        await Ok(admin.PutAsJsonAsync($"api/escalation-policies/{policy}", new
        {
            name = "Paging " + Plant("escalation", Watchers),
            levels = new[] { new { escalateAfter = "00:10:00", targets = new[] { new { kind = "schedule", id = schedule } } } },
        }));

        var hook = $"exposure-hook-{Suffix}";
        TextIds.Add(hook);
        await Ok(admin.PutAsJsonAsync($"api/webhooks/{hook}", new
        {
            url = $"https://{Plant("hookhost", AdminsOnly)}.example/itsm",
            secret = Plant("hooksecret", Nobody) + "-signing-secret",
            events = CreatedEvents,
        }));

        // A private view of someone else: only its owner (and the admins' export) shows it.
        using var viewOwner = app.CreateHttp(await Accounts.CreateNamedApiKey(app, $"exposure-viewer-{Suffix}", "agent"));
        GuidIds.Add(await IdOf(viewOwner.PostAsJsonAsync("api/views", new { name = "Mine " + Plant("view", AdminsOnly), query = "open=true" })));

        await Trigger(routingKey, "probe-disk", "Disk " + Plant("alert", Watchers));
        var alertId = await Eventually.Get(
            async () => (await admin.GetFromJsonAsync<JsonElement[]>($"api/alerts?serviceId={service}"))!
                .Where(a => a.GetProperty("dedupKey").GetString() == "probe-disk").Select(a => a.GetProperty("id").GetString()).FirstOrDefault(),
            TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100), "The seeded alert reaching the list");
        GuidIds.Add(Guid.Parse(alertId));
        foreach (var report in (await admin.GetFromJsonAsync<JsonElement[]>("api/reports"))!)
        {
            TextIds.Add(report.GetProperty("name").GetString()!);
        }

        return new Seeded(incident.Id, routingKey, owner);
    }

    /// <summary>Changes made while every stream is open, so their live frames are read too.</summary>
    public async Task SeedLive(Seeded seed)
    {
        await Ok(app.Http.PostAsJsonAsync($"api/incidents/{seed.IncidentId}/comments", new { text = "Swapped the GPU " + Plant("liveworknote", WorkNoteReaders), visibility = "workNote" }));
        GuidIds.Add((await seed.Owner.CreateIncident(new { title = "Printer " + Plant("liveincident", Watchers), description = "Jams", impact = "low", urgency = "low" })).Id);
        await Trigger(seed.RoutingKey, "probe-cpu", "CPU " + Plant("livealert", Watchers));
    }

    private async Task Trigger(string routingKey, string dedupKey, string summary)
    {
        using var monitor = new HttpClient { BaseAddress = app.BaseAddress };
        await Ok(monitor.PostAsJsonAsync("v2/enqueue", new
        {
            routing_key = routingKey,
            event_action = "trigger",
            dedup_key = dedupKey,
            payload = new { summary, source = "probe-1", severity = "warning" },
        }), HttpStatusCode.Accepted);
    }

    private static async Task Ok(Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await call;
        if (response.StatusCode != HttpStatusCode.Created)
        {
            await response.EnsureStatus(expected);
        }
    }

    private async Task<Guid> IdOf(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        await response.EnsureStatus(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (created.TryGetProperty("number", out var number))
        {
            Numbers.Add(number.GetString()!);
        }

        return created.GetProperty("id").GetGuid();
    }
}
