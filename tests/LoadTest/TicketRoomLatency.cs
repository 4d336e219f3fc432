using System.Collections.Concurrent;

namespace ItsmOrleans.LoadTest;

/// <summary>
/// The ticket-room scenario: --agents N room clients (own SignalR connections) on one ticket. In turn, one agent
/// edits the title over HTTP or changes what it is doing (presence); every other agent's arrival is timed from the
/// moment the edit was sent or the presence reported. Rounds run one after another, so it measures the path.
/// </summary>
public static class TicketRoomLatency
{
    public static async Task<int> Run(LoadTestOptions options, int agents)
    {
        using var http = new HttpClient { BaseAddress = options.Url };
        http.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
        using var created = await http.PostAsJsonAsync("api/incidents", new
        {
            title = "Ticket room latency probe",
            description = "Created by the load-test tool",
            impact = "low",
            urgency = "low",
        });
        created.EnsureSuccessStatusCode();
        var incidentId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var probes = new ConcurrentDictionary<string, Probe>();
        using var stop = new CancellationTokenSource();
        var rooms = new List<HubConnection>();
        var readers = new List<Task>();
        for (var agent = 0; agent < agents; agent++)
        {
            var hub = new HubConnectionBuilder()
                .WithUrl(new Uri(options.Url, "hubs/operations"), o => o.Headers["X-Api-Key"] = options.ApiKey)
                .Build();
            await hub.StartAsync();
            rooms.Add(hub);
            var index = agent;
            var opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            readers.Add(Task.Run(async () =>
            {
                await foreach (var message in hub.StreamAsync<JsonElement>("SubscribeTicket", Guid.Parse(incidentId), 0, stop.Token))
                {
                    var now = Stopwatch.GetTimestamp();
                    opened.TrySetResult();
                    if (message.GetProperty("incident") is { ValueKind: JsonValueKind.Object } incident
                        && probes.TryGetValue("title:" + incident.GetProperty("title").GetString(), out var edit))
                    {
                        edit.Arrive(index, now);
                    }

                    if (message.GetProperty("viewers") is { ValueKind: JsonValueKind.Array } viewers)
                    {
                        foreach (var viewer in viewers.EnumerateArray())
                        {
                            if (probes.TryGetValue($"presence:{viewer.GetProperty("connection").GetString()}:{viewer.GetProperty("activity").GetString()}", out var presence))
                            {
                                presence.Arrive(index, now);
                            }
                        }
                    }
                }
            }));
            await opened.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        var baseline = new List<TimeSpan>();
        var editLatencies = new List<TimeSpan>();
        var presenceLatencies = new List<TimeSpan>();
        var activity = new string[agents];
        Array.Fill(activity, "viewing");
        for (var round = 0; round < options.Incidents; round++)
        {
            var probeStart = Stopwatch.GetTimestamp();
            using (await http.GetAsync("health"))
            {
                baseline.Add(Stopwatch.GetElapsedTime(probeStart));
            }

            var actor = round % agents;
            if (round % 2 == 0)
            {
                var title = $"Ticket room latency probe, round {round}";
                var probe = probes[$"title:{title}"] = new Probe(agents, actor, Stopwatch.GetTimestamp());
                using var edit = await http.PatchAsJsonAsync($"api/incidents/{incidentId}", new { title });
                edit.EnsureSuccessStatusCode();
                editLatencies.AddRange(await probe.All());
            }
            else
            {
                activity[actor] = activity[actor] == "viewing" ? "typingNote" : "viewing";
                var probe = probes[$"presence:{rooms[actor].ConnectionId}:{activity[actor]}"] = new Probe(agents, actor, Stopwatch.GetTimestamp());
                await rooms[actor].InvokeAsync("ReportPresence", Guid.Parse(incidentId), activity[actor], (string?)null);
                presenceLatencies.AddRange(await probe.All());
            }
        }

        await stop.CancelAsync();
        foreach (var room in rooms)
        {
            await room.DisposeAsync();
        }

        Console.WriteLine($"ticket-room against {options.Url} ({agents} agents on one ticket, {options.Incidents} rounds one after another)");
        Console.WriteLine(LatencyReport.Header);
        Console.WriteLine(LatencyReport.Of("baseline: GET /health", baseline));
        Console.WriteLine(LatencyReport.Of("title edit sent to seen by each other agent", editLatencies));
        Console.WriteLine(LatencyReport.Of("presence reported to seen by each other agent", presenceLatencies));
        return 0;
    }

    /// <summary>One change awaited by every agent but the one who made it.</summary>
    private sealed class Probe(int agents, int actor, long start)
    {
        private readonly TimeSpan?[] _arrivals = new TimeSpan?[agents];
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _waiting = agents - 1;

        public void Arrive(int agent, long at)
        {
            lock (_arrivals)
            {
                if (agent == actor || _arrivals[agent] is not null)
                {
                    return;
                }

                _arrivals[agent] = Stopwatch.GetElapsedTime(start, at);
                if (--_waiting == 0)
                {
                    _all.TrySetResult();
                }
            }
        }

        public async Task<IReadOnlyList<TimeSpan>> All()
        {
            if (_waiting > 0)
            {
                await _all.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }

            lock (_arrivals)
            {
                return [.. _arrivals.OfType<TimeSpan>()];
            }
        }
    }
}
