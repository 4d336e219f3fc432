using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>
/// Seeds every kind of record with canary strings, then reads every GET endpoint (from the app's endpoint metadata, with
/// the seeded records' ids in their routes) and every hub stream (from the hub type, live frames and snapshots) as each
/// role, and fails on any canary that role may not see. A new endpoint or stream is covered without editing this test.
/// </summary>
[Collection(WebAppTests.Name)]
public partial class DataExposureTests(WebAppFixture app, ITestOutputHelper output)
{
    private static readonly Role[] Watchers = [Role.Noc, Role.ChangeManager, Role.Agent, Role.Admin];
    private static readonly Role[] WorkNoteReaders = [Role.Agent, Role.Admin];
    private static readonly Role[] AdminsOnly = [Role.Admin];
    private static readonly Role[] Nobody = [];
    private static readonly Role[] Checked = [Role.Requester, Role.Noc, Role.ChangeManager, Role.Agent, Role.Admin];
    private static readonly string[] OneTask = ["Do it"];
    private static readonly string[] CreatedEvents = ["incident.created"];

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];
    private readonly List<Canary> _canaries = [];
    private readonly List<Guid> _guidIds = [];
    private readonly List<string> _textIds = [];

    /// <summary>The numbers of the seeded tickets, for the routes that read a ticket by the number people quote.</summary>
    private readonly List<string> _numbers = [];
    private readonly HashSet<string> _seenWhereAllowed = [];

    private sealed record Canary(string Text, string What, Role[] SeenBy);

    [Fact]
    [Trait("Category", "Security")]
    public async Task No_role_finds_a_canary_it_may_not_see_in_any_get_endpoint_or_hub_stream()
    {
        var callers = await Callers();
        var seed = await Seed();
        var streams = await OpenStreams(callers, seed.IncidentId);
        await SeedLive(seed);
        await WaitUntilDelivered(streams);

        var leaks = new List<string>();
        foreach (var (role, http) in callers.Http)
        {
            await ReadEveryGet(role, http, leaks);
        }

        foreach (var stream in streams)
        {
            Check(stream.Role, $"{stream.Method} (live)", stream.Frames.ToString(), leaks);
        }

        foreach (var (role, key) in callers.HubKeys)
        {
            await ReadEverySnapshot(role, key, seed.IncidentId, leaks);
        }

        await Task.WhenAll(streams.Select(s => s.Connection.DisposeAsync().AsTask()));
        foreach (var http in callers.Http.Values.Where(h => h != app.Http))
        {
            http.Dispose();
        }

        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks.Distinct().Take(40)));

        // Each canary reached some caller allowed to see it, so its absence elsewhere means something.
        Assert.Empty(_canaries.Where(c => c.SeenBy.Length > 0 && !_seenWhereAllowed.Contains(c.Text)).Select(c => c.What));
    }

    private string Plant(string what, Role[] seenBy)
    {
        var text = $"cnry{what}{_suffix}";
        _canaries.Add(new Canary(text, what, seenBy));
        return text;
    }

    private sealed record CallerSet(Dictionary<Role, HttpClient> Http, Dictionary<Role, string?> HubKeys);

    /// <summary>One caller per role; the requester is not the one who raises the seeded tickets.</summary>
    private async Task<CallerSet> Callers()
    {
        var http = new Dictionary<Role, HttpClient>();
        var keys = new Dictionary<Role, string?>();
        foreach (var role in Checked.Where(r => r != Role.Admin))
        {
            var key = await Accounts.CreateNamedApiKey(app, $"exposure-{RoleNames.Of(role)}-{_suffix}", RoleNames.Of(role));
            (http[role], keys[role]) = (app.CreateHttp(key), key);
        }

        (http[Role.Admin], keys[Role.Admin]) = (app.Http, null);
        return new CallerSet(http, keys);
    }

    private sealed record Seeded(Guid IncidentId, string RoutingKey, HttpClient Owner);

    /// <summary>One of every kind of record, each carrying a canary where its most guarded text goes.</summary>
    private async Task<Seeded> Seed()
    {
        var admin = app.Http;
        var (routingKey, service) = await Integrations.Define(admin, "Exposure probe");
        _canaries.Add(new Canary(routingKey, "routing key", AdminsOnly));
        _textIds.Add(service);

        var ownerKey = await Accounts.CreateNamedApiKey(app, $"exposure-owner-{_suffix}", "requester");
        _canaries.Add(new Canary(ownerKey[(ownerKey.IndexOf('.', StringComparison.Ordinal) + 1)..], "API key secret", Nobody));
        var owner = app.CreateHttp(ownerKey);
        var (userName, password) = await Accounts.CreateUser(app, "agent");
        _canaries.Add(new Canary(password, "password", Nobody));
        _textIds.Add(userName);

        var incident = await owner.CreateIncident(new { title = "Laptop " + Plant("ownincident", Watchers), description = "Screen flickers", impact = "low", urgency = "low" });
        _guidIds.Add(incident.Id);
        _numbers.Add(incident.Number);
        await Ok(admin.PostAsJsonAsync($"api/incidents/{incident.Id}/comments", new { text = "Suspect the GPU " + Plant("worknote", WorkNoteReaders), visibility = "workNote" }));
        await Ok(admin.PostAsJsonAsync($"api/incidents/{incident.Id}/comments", new { text = "We are on it " + Plant("reply", Watchers), visibility = "public" }));

        var item = $"exposure-item-{_suffix}";
        _textIds.Add(item);
        await Ok(admin.PutAsJsonAsync($"api/catalog/{item}", new
        {
            name = "Exposure probe item",
            category = "Hardware",
            fields = new[] { new { name = "detail", label = "Detail", type = "text", required = true } },
            approval = new { kind = "none" },
            tasks = OneTask,
            fulfilmentGroup = "desktop",
        }));
        _guidIds.Add(await IdOf(owner.PostAsJsonAsync("api/requests", new { itemId = item, answers = new Dictionary<string, string> { ["detail"] = Plant("requestanswer", Watchers) } })));

        _guidIds.Add(await IdOf(admin.PostAsJsonAsync("api/problems", new { title = "Root cause " + Plant("problem", Watchers) })));
        _guidIds.Add(await IdOf(admin.PostAsJsonAsync("api/changes", new { type = "normal", title = "Patch " + Plant("change", Watchers), serviceId = service })));
        var primary = await admin.CreateIncident(IncidentRequests.NewIncident(title: "Exposure primary", assignee: "alice"));
        _guidIds.Add(primary.Id);
        _guidIds.Add(await IdOf(admin.PostAsJsonAsync("api/major-incidents", new { title = "Outage " + Plant("major", Watchers), primaryIncidentId = primary.Id, commander = "carla" })));

        var licence = $"exposure-licence-{_suffix}";
        _textIds.Add(licence);
        await Ok(admin.PutAsJsonAsync($"api/licences/{licence}", new { product = "Probe suite", vendor = "Probe", entitlements = 3, notes = Plant("licencenote", Watchers) }));
        await Ok(admin.PostAsJsonAsync($"api/licences/{licence}/assignments", new { assignee = Plant("licenceholder", Watchers) }));
        var contract = $"exposure-contract-{_suffix}";
        _textIds.Add(contract);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Ok(admin.PutAsJsonAsync($"api/vendor-contracts/{contract}", new
        {
            vendor = "Probe hosting",
            name = "Hosting " + Plant("contract", Watchers),
            serviceIds = new[] { service },
            start = today.AddYears(-1),
            end = today.AddYears(1),
        }));

        var schedule = $"exposure-rota-{_suffix}";
        var policy = $"exposure-paging-{_suffix}";
        _textIds.AddRange([schedule, policy]);
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

        var hook = $"exposure-hook-{_suffix}";
        _textIds.Add(hook);
        await Ok(admin.PutAsJsonAsync($"api/webhooks/{hook}", new
        {
            url = $"https://{Plant("hookhost", AdminsOnly)}.example/itsm",
            secret = Plant("hooksecret", Nobody) + "-signing-secret",
            events = CreatedEvents,
        }));

        // A private view of someone else: only its owner (and the admins' export) shows it.
        using var viewOwner = app.CreateHttp(await Accounts.CreateNamedApiKey(app, $"exposure-viewer-{_suffix}", "agent"));
        _guidIds.Add(await IdOf(viewOwner.PostAsJsonAsync("api/views", new { name = "Mine " + Plant("view", AdminsOnly), query = "open=true" })));

        await Trigger(routingKey, "probe-disk", "Disk " + Plant("alert", Watchers));
        var alertId = await Eventually.Get(
            async () => (await admin.GetFromJsonAsync<JsonElement[]>($"api/alerts?serviceId={service}"))!
                .Where(a => a.GetProperty("dedupKey").GetString() == "probe-disk").Select(a => a.GetProperty("id").GetString()).FirstOrDefault(),
            TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100), "The seeded alert reaching the list");
        _guidIds.Add(Guid.Parse(alertId));
        foreach (var report in (await admin.GetFromJsonAsync<JsonElement[]>("api/reports"))!)
        {
            _textIds.Add(report.GetProperty("name").GetString()!);
        }

        return new Seeded(incident.Id, routingKey, owner);
    }

    /// <summary>Changes made while every stream is open, so their live frames are read too.</summary>
    private async Task SeedLive(Seeded seed)
    {
        await Ok(app.Http.PostAsJsonAsync($"api/incidents/{seed.IncidentId}/comments", new { text = "Swapped the GPU " + Plant("liveworknote", WorkNoteReaders), visibility = "workNote" }));
        _guidIds.Add((await seed.Owner.CreateIncident(new { title = "Printer " + Plant("liveincident", Watchers), description = "Jams", impact = "low", urgency = "low" })).Id);
        await Trigger(seed.RoutingKey, "probe-cpu", "CPU " + Plant("livealert", Watchers));
    }

    private sealed record OpenStream(Role Role, string Method, HubConnection Connection, StringBuilder Frames);

    /// <summary>Every stream each role may open, its frames gathered as they come.</summary>
    private async Task<List<OpenStream>> OpenStreams(CallerSet callers, Guid incidentId)
    {
        var streams = new List<OpenStream>();
        foreach (var (role, key) in callers.HubKeys)
        {
            foreach (var method in HubCalls.Methods().Where(HubCalls.IsStream))
            {
                var connection = await app.ConnectHub(key);
                System.Threading.Channels.ChannelReader<JsonElement> frames;
                try
                {
                    using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    frames = await HubCalls.Open(connection, method, incidentId);
                    await frames.WaitToReadAsync(patience.Token);
                }
                catch (Exception refused) when (IsRefusal(refused))
                {
                    // Not this role's stream: the authorisation matrix checks that it is refused.
                    await connection.DisposeAsync();
                    continue;
                }

                var stream = new OpenStream(role, method.Name, connection, new StringBuilder());
                _ = Gather(frames, stream.Frames);
                streams.Add(stream);
            }
        }

        return streams;
    }

    private static async Task Gather(System.Threading.Channels.ChannelReader<JsonElement> frames, StringBuilder into)
    {
        try
        {
            await foreach (var frame in frames.ReadAllAsync())
            {
                lock (into)
                {
                    into.AppendLine(frame.GetRawText());
                }
            }
        }
        catch (Exception exception) when (exception is HubException or OperationCanceledException or InvalidOperationException)
        {
            // The connection closed at the end of the test.
        }
    }

    /// <summary>The live changes reached the streams that may show them (else the test would prove nothing about live frames).</summary>
    private async Task WaitUntilDelivered(List<OpenStream> streams)
    {
        string Frames(Role role, string method)
        {
            var stream = streams.Single(s => s.Role == role && s.Method == method);
            lock (stream.Frames)
            {
                return stream.Frames.ToString();
            }
        }

        var live = _canaries.Where(c => c.What.StartsWith("live", StringComparison.Ordinal)).ToDictionary(c => c.What, c => c.Text);
        await Eventually.Get(
            () => Task.FromResult(Frames(Role.Agent, "SubscribeTicket").Contains(live["liveworknote"], StringComparison.Ordinal)
                && Frames(Role.Admin, "SubscribeBoard").Contains(live["liveincident"], StringComparison.Ordinal)
                && Frames(Role.Noc, "SubscribeAlerts").Contains(live["livealert"], StringComparison.Ordinal) ? "delivered" : null),
            TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100), "The live changes reaching the streams");

        // Streams that must not show them have had the same time and a little more.
        await Task.Delay(TimeSpan.FromSeconds(1));
    }

    private async Task ReadEverySnapshot(Role role, string? key, Guid incidentId, List<string> leaks)
    {
        await using var connection = await app.ConnectHub(key);
        foreach (var method in HubCalls.Methods().Where(HubCalls.IsStream))
        {
            try
            {
                using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                var frames = await HubCalls.Open(connection, method, incidentId);
                Check(role, $"{method.Name} (snapshot)", (await frames.ReadAsync(patience.Token)).GetRawText(), leaks);
            }
            catch (Exception refused) when (IsRefusal(refused))
            {
                // Refused to this role.
            }
        }
    }

    /// <summary>Every GET the app maps, with each seeded id of the right shape in its route, and search by each canary.</summary>
    private async Task ReadEveryGet(Role role, HttpClient http, List<string> leaks)
    {
        var calls = 0;
        foreach (var endpoint in AppEndpoints.Of(app.Services).Where(e => e.Method == "GET" && !e.Pattern.StartsWith("/hubs", StringComparison.Ordinal)))
        {
            foreach (var path in Paths(endpoint.Pattern))
            {
                var planted = _canaries.Where(c => path.Contains(c.Text, StringComparison.Ordinal)).ToList();
                Check(role, path, await Body(http, path), leaks, planted);
                calls++;
            }
        }

        output.WriteLine($"{RoleNames.Of(role)}: {calls} GETs read");
    }

    private IEnumerable<string> Paths(string pattern)
    {
        IEnumerable<string> paths = [pattern.TrimStart('/')];
        foreach (Match parameter in RouteParameter().Matches(pattern))
        {
            var constraint = parameter.Groups["constraint"].Value;
            var values = constraint.Contains("guid", StringComparison.Ordinal) ? _guidIds.Select(g => g.ToString())
                : constraint.Contains("int", StringComparison.Ordinal) ? ["1"]
                : parameter.Groups["name"].Value == "documentName" ? ["v1"]
                : parameter.Groups["name"].Value == "number" ? _numbers
                : _textIds.Concat([_canaries.Single(c => c.What == "routing key").Text]);
            paths = [.. paths.SelectMany(p => values.Select(v => p.Replace(parameter.Value, Uri.EscapeDataString(v), StringComparison.Ordinal)))];
        }

        return paths.SelectMany(p => p.Contains("search", StringComparison.Ordinal) || p.Contains("known-errors", StringComparison.Ordinal)
            ? _canaries.Where(c => c.Text.StartsWith("cnry", StringComparison.Ordinal)).Select(c => $"{p}?q={c.Text}").Append(p)
            : [p, $"{p}?format=csv"]);
    }

    /// <summary>The answer's body, whatever its status; endless answers (live traces) are read for a moment.</summary>
    private static async Task<string> Body(HttpClient http, string path)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new MemoryStream();
        try
        {
            await body.CopyToAsync(buffer, patience.Token);
        }
        catch (OperationCanceledException)
        {
            // A stream that does not end: what came so far is checked.
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private void Check(Role role, string where, string text, List<string> leaks, IReadOnlyList<Canary>? planted = null)
    {
        _seenWhereAllowed.UnionWith(_canaries.Where(c => c.SeenBy.Contains(role) && planted?.Contains(c) != true && text.Contains(c.Text, StringComparison.Ordinal)).Select(c => c.Text));
        foreach (var canary in _canaries.Where(c => !c.SeenBy.Contains(role) && planted?.Contains(c) != true))
        {
            if (text.Contains(canary.Text, StringComparison.Ordinal))
            {
                leaks.Add($"{RoleNames.Of(role)} sees the {canary.What} in {where}");
            }
        }
    }

    /// <summary>A stream refused to the caller ends with the hub's refusal, as the channel's inner exception.</summary>
    private static bool IsRefusal(Exception exception) => exception is HubException || exception.InnerException is HubException;

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
            _numbers.Add(number.GetString()!);
        }

        return created.GetProperty("id").GetGuid();
    }

    [GeneratedRegex("{(?<name>[^}:?]+)(?<constraint>:[^}]*)?\\??}")]
    private static partial Regex RouteParameter();
}
