namespace ItsmOrleans.Web.Tests.Reports;

/// <summary>
/// A few tickets of one assignment group, raised through the API: a P1 taken at once and resolved, a P3 assigned
/// later and still open, a P3 nobody took, and a problem with the first two linked.
/// </summary>
public static class ReportSeeding
{
    public static async Task Seed(HttpClient http, string group)
    {
        await TestCast.Group(http, group);
        var resolved = await http.CreateIncident(IncidentRequests.NewIncident("Core switch down", "high", "high", group, assignee: "alice"));
        await Ok(http.Send(HttpMethod.Post, $"api/incidents/{resolved.Id}/transitions", new { to = "inProgress" }));
        await Ok(http.Send(HttpMethod.Post, $"api/incidents/{resolved.Id}/transitions",
            new { to = "resolved", resolutionCode = "solvedPermanently", resolutionNotes = "Supervisor replaced" }));

        var assigned = await http.CreateIncident(IncidentRequests.NewIncident("Slow share", "medium", "medium", group));
        await Ok(http.Send(HttpMethod.Post, $"api/incidents/{assigned.Id}/assignment", new { assignee = "bob" }));

        await http.CreateIncident(IncidentRequests.NewIncident("Printer jam", "medium", "medium", group));

        using var problem = await http.PostAsJsonAsync("api/problems",
            new { title = "Flaky switch firmware", description = "Two incidents", assignmentGroup = group, incidentIds = new[] { resolved.Id, assigned.Id } });
        await problem.EnsureStatus(HttpStatusCode.Created);
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        await response.EnsureStatus(HttpStatusCode.OK);
    }
}
