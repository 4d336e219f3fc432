using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Durability;

/// <summary>
/// A client's ledger: everything the hub acknowledged before a crash, and the checks that all of it is still there after.
/// </summary>
public sealed class AcknowledgedWork
{
    public const string CrashPolicy = "crash";

    /// <summary>Resolution target of <see cref="CrashPolicy"/>: short enough to fall due while the process is down.</summary>
    public static readonly TimeSpan CrashResolution = TimeSpan.FromSeconds(12);

    private readonly string _group = "durable-" + Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<Guid, IncidentView> _incidents = [];
    private readonly Dictionary<Guid, List<string>> _comments = [];
    private readonly Dictionary<Guid, int> _historyLength = [];

    public IncidentView DueWhileDown { get; private set; } = null!;

    public static void AddCrashPolicy(IDictionary<string, string?> settings)
    {
        foreach (var priority in new[] { "P1", "P2", "P3", "P4", "P5" })
        {
            settings[$"Sla:Policies:{CrashPolicy}:Targets:{priority}:Response"] = "01:00:00";
            settings[$"Sla:Policies:{CrashPolicy}:Targets:{priority}:Resolution"] = CrashResolution.ToString();
        }
    }

    public async Task Perform(HttpClient http)
    {
        // Tickets name only people and groups that exist: the cast, and the agents below, who work in the ledger's group.
        await TestCast.Create(http);
        foreach (var agent in new[] { 0, 3, 6, 9 })
        {
            await TestCast.Person(http, $"agent{agent}", "agent", _group);
        }

        string[] impacts = ["high", "medium", "low"];
        for (var i = 0; i < 12; i++)
        {
            var view = await http.CreateIncident(IncidentRequests.NewIncident(title: $"Durable {i}", group: _group, impact: impacts[i % 3], urgency: impacts[(i + 1) % 3]));
            var id = view.Id;
            _comments[id] = [];
            if (i % 3 == 0)
            {
                await Expect(http.Send(HttpMethod.Post, $"api/incidents/{id}/assignment", new { assignee = $"agent{i}" }));
                await Expect(http.Send(HttpMethod.Post, $"api/incidents/{id}/transitions", new { to = "inProgress" }));
            }

            if (i % 6 == 0)
            {
                await Expect(http.Send(HttpMethod.Post, $"api/incidents/{id}/transitions", new { to = "onHold", holdReason = "awaitingCaller" }));
            }

            if (i % 3 == 1)
            {
                foreach (var (text, visibility) in new[] { ($"Customer called about {i}", "public"), ($"Internal note {i}", "workNote") })
                {
                    await Expect(http.Send(HttpMethod.Post, $"api/incidents/{id}/comments", new { text, visibility }), HttpStatusCode.Created);
                    _comments[id].Add(text);
                }
            }
        }

        DueWhileDown = await http.CreateIncident(IncidentRequests.NewIncident(title: "Falls due while down", group: _group, policy: CrashPolicy));
        _comments[DueWhileDown.Id] = [];

        foreach (var id in _comments.Keys)
        {
            _incidents[id] = (await http.GetFromJsonAsync<IncidentView>($"api/incidents/{id}", WireJson.Options))!;
            _historyLength[id] = (await History(http, id)).Count;
        }
    }

    /// <summary>Every acknowledged incident, comment, history entry and SLA deadline is as it was acknowledged.</summary>
    public async Task VerifyIntact(HttpClient http)
    {
        foreach (var (id, before) in _incidents)
        {
            var after = (await http.GetFromJsonAsync<IncidentView>($"api/incidents/{id}", WireJson.Options))!;
            Assert.Equal(before.Number, after.Number);
            Assert.Equal(before.Version, after.Version);
            Assert.Equal(before.Status, after.Status);
            Assert.Equal(before.Assignee, after.Assignee);
            Assert.Equal(before.HoldReason, after.HoldReason);
            Assert.Equal(before.Sla.Response.DueAt, after.Sla.Response.DueAt);
            if (id != DueWhileDown.Id)
            {
                Assert.Equal(before.Sla.Resolution.DueAt, after.Sla.Resolution.DueAt);
                Assert.Equal(before.Sla.Resolution.State, after.Sla.Resolution.State);
            }

            var comments = await http.GetFromJsonAsync<List<Comment>>($"api/incidents/{id}/comments", WireJson.Options);
            Assert.Equal(_comments[id], comments!.Select(c => c.Text));
            var history = await History(http, id);
            Assert.True(history.Count >= _historyLength[id], $"{before.Number} lost history: {history.Count} < {_historyLength[id]}");
        }

        var listed = await http.GetFromJsonAsync<JsonElement>($"api/incidents?assignmentGroup={_group}&limit=200");
        var numbers = listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(_incidents.Values.Select(v => v.Number).Order(StringComparer.Ordinal), numbers);
    }

    /// <summary>
    /// Waits for the breach of the incident whose deadline passed while the process was down, watching only the list
    /// (the read model): reading the incident itself would wake its grain and prove nothing about the durable wake-up.
    /// </summary>
    public async Task<JsonElement?> WaitForBreachOfDueWhileDown(HttpClient http, TimeSpan timeout) =>
        await Eventually.Get<object>(
            async () =>
            {
                // Just after the restart the hub may still answer 503 (retry later), as it tells clients to.
                using var response = await http.GetAsync($"api/incidents?assignmentGroup={_group}&limit=200");
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    return null;
                }

                response.EnsureSuccessStatusCode();
                var page = await response.Content.ReadFromJsonAsync<JsonElement>();
                var row = page.GetProperty("items").EnumerateArray().First(i => i.GetProperty("id").GetGuid() == DueWhileDown.Id);
                return row.GetProperty("resolution").GetProperty("breached").GetBoolean() ? row : null;
            },
            timeout,
            TimeSpan.FromMilliseconds(250),
            $"the resolution breach of {DueWhileDown.Number}") as JsonElement?;

    /// <summary>The breach is also in the incident's history, once.</summary>
    public async Task VerifyBreachRecordedOnce(HttpClient http)
    {
        var breaches = (await History(http, DueWhileDown.Id)).Count(h => h.Kind == HistoryKind.SlaThresholdReached && h.Changes[0] is { Field: "sla.resolution", New: "breach" });
        Assert.Equal(1, breaches);
    }

    private static async Task<List<HistoryEntry>> History(HttpClient http, Guid id) =>
        (await http.GetFromJsonAsync<List<HistoryEntry>>($"api/incidents/{id}/history", WireJson.Options))!;

    private static async Task Expect(Task<HttpResponseMessage> call, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var response = await call;
        await response.EnsureStatus(status);
    }
}
