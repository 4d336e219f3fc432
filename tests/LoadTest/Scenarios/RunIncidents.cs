using System.Text.Json;
using ItsmOrleans.LoadTest.Runs;

namespace ItsmOrleans.LoadTest.Scenarios;

/// <summary>The incidents a run creates and changes, all in one assignment group of its own.</summary>
public static class RunIncidents
{
    public static string Group(RunContext context) => $"loadtest-{context.RunId}";

    public static object New(RunContext context, long index) => new
    {
        title = $"Load test {context.RunId} incident {index}",
        description = "Raised by the load-test tool",
        impact = (index % 3) switch { 0 => "high", 1 => "medium", _ => "low" },
        urgency = (index % 2) == 0 ? "medium" : "high",
        requester = "loadtest",
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
