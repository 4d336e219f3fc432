using ItsmOrleans.LoadTest.Runs;

namespace ItsmOrleans.LoadTest.Scenarios;

/// <summary>The incidents a run creates and changes, all in one assignment group of its own, raised for the run's caller.</summary>
public static class RunIncidents
{
    public static string Group(RunContext context) => $"loadtest-{context.RunId}";

    /// <summary>
    /// Makes the run's group exist (tickets may name only groups that do): a service of the run names it as its support
    /// group. The incidents name the group, not the service, so no service health is computed for them.
    /// </summary>
    public static Task Prepare(RunContext context) =>
        context.Prepare<JsonElement>(HttpMethod.Put, $"api/services/loadtest-team-{context.RunId}",
            new { name = $"Load test {context.RunId} team", kind = "technical", criticality = 4, supportGroup = Group(context) });

    public static object New(RunContext context, long index) => new
    {
        title = $"Load test {context.RunId} incident {index}",
        description = "Raised by the load-test tool",
        impact = (index % 3) switch { 0 => "high", 1 => "medium", _ => "low" },
        urgency = (index % 2) == 0 ? "medium" : "high",
        assignmentGroup = Group(context),
    };

    /// <summary>Creates <paramref name="count"/> incidents (sixteen at a time) and returns their ids.</summary>
    public static async Task<IReadOnlyList<Guid>> Create(RunContext context, int count)
    {
        var ids = new Guid[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            ids[i] = (await context.Prepare<JsonElement>(HttpMethod.Post, "api/incidents", New(context, -1 - i))).GetProperty("id").GetGuid());
        return ids;
    }
}
