using System.Collections.Concurrent;

namespace ItsmOrleans.LoadTest;

/// <summary>
/// The board-latency scenario: one incident at a time, from the HTTP create to the moment its row arrives on a board
/// client subscribed over SignalR. Sequential on purpose: it measures the path, not a queue.
/// </summary>
public static class BoardLatency
{
    public static async Task<int> Run(LoadTestOptions options)
    {
        using var http = new HttpClient { BaseAddress = options.Url };
        http.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
        var group = "latency-" + Guid.NewGuid().ToString("N")[..8];

        // Tickets may name only groups that exist: a service of the probe supports this one.
        using (var team = await http.PutAsJsonAsync($"api/services/{group}-team", new { name = "Latency probe team", kind = "technical", criticality = 4, supportGroup = group }))
        {
            team.EnsureSuccessStatusCode();
        }
        var arrivals = new ConcurrentDictionary<string, TaskCompletionSource<long>>();
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(options.Url, "hubs/operations"), o => o.Headers["X-Api-Key"] = options.ApiKey)
            .Build();
        await hub.StartAsync();
        using var stop = new CancellationTokenSource();
        var stream = hub.StreamAsync<JsonElement>("SubscribeBoard", new { kind = "group", value = group }, stop.Token);
        var reading = Task.Run(async () =>
        {
            await foreach (var message in stream)
            {
                var now = Stopwatch.GetTimestamp();
                foreach (var row in message.GetProperty("incidents").EnumerateArray())
                {
                    Arrival(arrivals, row.GetProperty("id").GetString()!).TrySetResult(now);
                }
            }
        });

        var baseline = new List<TimeSpan>();
        var acknowledged = new List<TimeSpan>();
        var onBoard = new List<TimeSpan>();
        for (var i = 0; i < options.Incidents; i++)
        {
            var probe = Stopwatch.GetTimestamp();
            using (var health = await http.GetAsync("health"))
            {
                baseline.Add(Stopwatch.GetElapsedTime(probe));
            }

            var start = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync("api/incidents", new
            {
                title = $"Latency probe {i}",
                description = "Created by the load-test tool",
                impact = "medium",
                urgency = "high",
                assignmentGroup = group,
            });
            response.EnsureSuccessStatusCode();
            acknowledged.Add(Stopwatch.GetElapsedTime(start));
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            try
            {
                onBoard.Add(Stopwatch.GetElapsedTime(start, await Arrival(arrivals, id).Task.WaitAsync(TimeSpan.FromSeconds(10))));
            }
            catch (TimeoutException)
            {
                Console.Error.WriteLine($"Incident {id} did not reach the board within 10 s.");
                return 1;
            }
        }

        await stop.CancelAsync();
        Console.WriteLine($"board-latency against {options.Url} ({options.Incidents} incidents, one at a time)");
        Console.WriteLine(LatencyReport.Header);
        Console.WriteLine(LatencyReport.Of("baseline: GET /health", baseline));
        Console.WriteLine(LatencyReport.Of("POST /api/incidents acknowledged", acknowledged));
        Console.WriteLine(LatencyReport.Of("create to SignalR board delta", onBoard));
        try
        {
            await reading;
        }
        catch (OperationCanceledException)
        {
            // The subscription ends with the run.
        }

        return 0;
    }

    private static TaskCompletionSource<long> Arrival(ConcurrentDictionary<string, TaskCompletionSource<long>> arrivals, string id) =>
        arrivals.GetOrAdd(id, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
}
