namespace ItsmOrleans.LoadTest;

/// <summary>
/// The service-propagation scenario: defines a dependency graph of N services (each depends on one or two of the
/// services defined shortly before it, so everything leads down to one core service), raises a P1 on the core service
/// and times how long it takes until every service shows the outage in the service list; then resolves it and times
/// the recovery the same way. Reproducible from the seed.
/// </summary>
public static class ServicePropagation
{
    private const int Seed = 4242;

    public static async Task<int> Run(LoadTestOptions options)
    {
        using var http = new HttpClient { BaseAddress = options.Url };
        http.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
        var count = Math.Max(2, options.Incidents);
        var prefix = "bench" + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var ids = Enumerable.Range(0, count).Select(i => $"{prefix}-{i}").ToList();
        var random = new Random(Seed);
        var edges = 0;
        for (var i = 0; i < count; i++)
        {
            (await http.PutAsJsonAsync($"api/services/{ids[i]}", new { name = $"Service {i}", kind = i % 5 == 0 ? "business" : "technical", criticality = 1 + (i % 4) })).EnsureSuccessStatusCode();
            foreach (var target in Enumerable.Range(0, random.Next(1, 3)).Select(_ => random.Next(Math.Max(0, i - 20), i)).Distinct().Where(_ => i > 0))
            {
                (await http.PutAsync($"api/services/{ids[i]}/dependencies/{ids[target]}", null)).EnsureSuccessStatusCode();
                edges++;
            }
        }

        Console.WriteLine($"service-propagation against {options.Url}: {count} services, {edges} dependencies");
        var baseline = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var read = Stopwatch.GetTimestamp();
            await http.GetStringAsync("api/services");
            baseline.Add(Stopwatch.GetElapsedTime(read).TotalMilliseconds);
        }

        Console.WriteLine($"baseline: one GET /api/services (the polling step) takes {baseline.Order().ElementAt(10):F1} ms (median of 20)");
        var start = Stopwatch.GetTimestamp();
        using var created = await http.PostAsJsonAsync("api/incidents", new { title = "Core service down", description = "propagation benchmark", impact = "high", urgency = "high", serviceId = ids[0] });
        created.EnsureSuccessStatusCode();
        var incidentId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var outage = await Until(http, prefix, count, status => status != "operational", start);
        Console.WriteLine($"P1 on the core service to all {count} services showing it: {outage.TotalMilliseconds:F0} ms");

        (await http.PostAsJsonAsync($"api/incidents/{incidentId}/transitions", new { to = "cancelled" })).EnsureSuccessStatusCode();
        start = Stopwatch.GetTimestamp();
        var recovery = await Until(http, prefix, count, status => status == "operational", start);
        Console.WriteLine($"cancelling it to all {count} services operational again: {recovery.TotalMilliseconds:F0} ms");
        return 0;
    }

    private static async Task<TimeSpan> Until(HttpClient http, string prefix, int count, Func<string, bool> reached, long start)
    {
        while (true)
        {
            var services = await http.GetFromJsonAsync<JsonElement>("api/services");
            var done = services.EnumerateArray()
                .Where(s => s.GetProperty("id").GetString()!.StartsWith(prefix + "-", StringComparison.Ordinal))
                .Count(s => reached(s.GetProperty("health").GetProperty("status").GetString()!));
            if (done == count)
            {
                return Stopwatch.GetElapsedTime(start);
            }

            if (Stopwatch.GetElapsedTime(start) > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"Only {done} of {count} services changed within 2 minutes.");
            }

            await Task.Delay(10);
        }
    }
}
