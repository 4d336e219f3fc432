namespace ItsmOrleans.LoadTest;

/// <summary>
/// The board-snapshot probe: a fresh board client connects and subscribes to every open incident; times the
/// connection and the arrival of its first snapshot, --incidents times one after another, and reports its size.
/// </summary>
public static class BoardSnapshotTime
{
    public static async Task<int> Run(LoadTestOptions options)
    {
        var connect = new List<TimeSpan>();
        var snapshot = new List<TimeSpan>();
        var rows = 0;
        for (var i = 0; i < options.Incidents; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await using var hub = new HubConnectionBuilder()
                .WithUrl(new Uri(options.Url, "hubs/operations"), o => o.Headers["X-Api-Key"] = options.ApiKey)
                .Build();
            hub.ServerTimeout = TimeSpan.FromMinutes(2);
            await hub.StartAsync();
            connect.Add(Stopwatch.GetElapsedTime(started));
            await foreach (var message in hub.StreamAsync<JsonElement>("SubscribeBoard", new { kind = "all" }))
            {
                snapshot.Add(Stopwatch.GetElapsedTime(started));
                rows = message.GetProperty("incidents").GetArrayLength();
                break;
            }
        }

        Console.WriteLine($"board-snapshot against {options.Url}: {rows} open incidents in the snapshot, {options.Incidents} fresh clients one after another");
        Console.WriteLine(LatencyReport.Header);
        Console.WriteLine(LatencyReport.Of("connect (negotiate and WebSocket)", connect));
        Console.WriteLine(LatencyReport.Of("connect to first snapshot received", snapshot));
        return 0;
    }
}
