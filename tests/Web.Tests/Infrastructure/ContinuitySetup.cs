using ItsmOrleans.Contracts.Continuity;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>Continuity records as tests need them ready: a service with its RTO, an approved plan of two steps for it, a major incident.</summary>
public static class ContinuitySetup
{
    /// <summary>Gives <paramref name="service"/> recovery objectives with the RTO <paramref name="rto"/> (a TimeSpan such as "02:00:00").</summary>
    public static async Task SetRto(WebAppFixture app, string service, string rto)
    {
        using var impact = await app.Http.Send(HttpMethod.Put, $"api/services/{service}/business-impact",
            new { objectives = new { rto, rpo = "00:00:00", maximumTolerableDowntime = "2.00:00:00" } });
        await impact.EnsureStatus(HttpStatusCode.OK);
    }

    /// <summary>An approved plan for <paramref name="service"/>: "Promote the standby" (10 minutes), then "Switch DNS" (5 minutes).</summary>
    public static async Task<ContinuityPlanView> ApprovedPlan(WebAppFixture app, string service)
    {
        var (decider, _) = await Accounts.CreateUser(app, "agent");
        using var drafted = await app.Http.PostAsJsonAsync("api/continuity/plans", new
        {
            title = "Failover " + service,
            scenario = "The primary site is lost",
            serviceIds = new[] { service },
            invocationCriteria = "Primary site down 30 minutes",
            decisionMakers = new[] { decider },
            steps = new[]
            {
                new { title = "Promote the standby", owner = "DBA on call", expectedDuration = "00:10:00" },
                new { title = "Switch DNS", owner = "Network on call", expectedDuration = "00:05:00" },
            },
            reviewBy = "2027-06-30",
        });
        await drafted.EnsureStatus(HttpStatusCode.Created);
        var plan = (await drafted.Content.ReadFromJsonAsync<ContinuityPlanView>(WireJson.Options))!;
        using var approved = await app.Http.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/transitions", new { to = "approved" });
        await approved.EnsureStatus(HttpStatusCode.OK);
        return (await approved.Content.ReadFromJsonAsync<ContinuityPlanView>(WireJson.Options))!;
    }

    /// <summary>A major incident declared on a fresh incident: its id and number.</summary>
    public static async Task<(Guid Id, string Number)> MajorIncident(WebAppFixture app, string title)
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: title, assignee: "alice"));
        using var declared = await app.Http.PostAsJsonAsync("api/major-incidents", new { title, primaryIncidentId = incident.Id, commander = "carla" });
        await declared.EnsureStatus(HttpStatusCode.Created);
        var view = await declared.Content.ReadFromJsonAsync<JsonElement>();
        return (view.GetProperty("id").GetGuid(), view.GetProperty("number").GetString()!);
    }
}
