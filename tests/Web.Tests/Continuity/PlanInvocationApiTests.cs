using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Web.Tests.Continuity;

[Collection(WebAppTests.Name)]
public class PlanInvocationApiTests(WebAppFixture app)
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(30);

    private async Task<HttpClient> As(string role) => app.CreateHttp(await Accounts.CreateApiKey(app, role));

    private static async Task<ContinuityPlanView> Read(HttpResponseMessage response)
    {
        await response.EnsureStatus(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ContinuityPlanView>(WireJson.Options))!;
    }

    /// <summary>An approved plan of two steps for a service whose RTO is <paramref name="rto"/>.</summary>
    private async Task<ContinuityPlanView> ApprovedPlan(string rto)
    {
        var service = await app.NewService("invoked");
        await ContinuitySetup.SetRto(app, service, rto);
        return await ContinuitySetup.ApprovedPlan(app, service);
    }

    [Fact]
    public async Task The_noc_invokes_a_plan_its_rto_levels_fire_on_time_onto_every_board_and_ending_it_says_whether_the_rto_was_met()
    {
        var plan = await ApprovedPlan("00:00:04");
        using var noc = await As("noc");
        var before = await PrometheusScrape.Of(app.Http, app.BaseAddress);

        var service = plan.Content.ServiceIds[0];
        var shop = await app.NewService("invoked-shop");
        using (var edge = await app.Http.PutAsync($"api/services/{shop}/dependencies/{service}", null))
        {
            Assert.True(edge.IsSuccessStatusCode);
        }

        var invoked = await Read(await noc.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/invocations", new { reason = "Primary site flooded" }));
        await Eventually.Get(() => PlanInHealth(shop, plan.Number), Soon, TimeSpan.FromMilliseconds(250), "the plan in the health of a service that depends on the plan's");
        Assert.Equal(plan.Number, await PlanInHealth(service, plan.Number));

        // Continuity is not for requesters: the service's health they read names no plan.
        using (var requester = await As("requester"))
        {
            var seen = await requester.GetFromJsonAsync<JsonElement>($"api/services/{service}");
            var listed = (await requester.GetFromJsonAsync<JsonElement>("api/services")).EnumerateArray().Single(s => s.GetProperty("id").GetString() == service);
            Assert.DoesNotContain(plan.Number, seen.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain(plan.Number, listed.GetRawText(), StringComparison.Ordinal);
        }

        var invocation = Assert.Single(invoked.Invocations);
        Assert.Equal((TimeSpan.FromSeconds(4), 2), (invocation.Rto, invocation.Steps.Count));
        Assert.True(invocation.Active);

        // Nobody touches the plan: the grain's own timer reaches each level, and the notice on the boards says so.
        var breached = await Eventually.Get(async () =>
        {
            var view = await app.Http.GetFromJsonAsync<ContinuityPlanView>($"api/continuity/plans/{plan.Id}", WireJson.Options);
            return view!.Invocations[^1].Reached == SlaLevel.Breach ? view : null;
        }, Soon, TimeSpan.FromMilliseconds(250), "the RTO breach");
        var history = (await app.Http.GetFromJsonAsync<List<PlanHistoryEntry>>($"api/continuity/plans/{plan.Id}/history", WireJson.Options))!;
        Assert.Equal(["50 % gone", "75 % gone", "90 % gone", "breached"], history.Where(h => h.Kind == "rtoLevelReached").Select(h => h.Changes[0].New));
        var notice = await Eventually.Get(() => Notice(plan.Id, text => text.Contains("breached", StringComparison.Ordinal)), Soon, TimeSpan.FromMilliseconds(250), "the notice of the breach");
        Assert.Contains("0 of 2 steps done", notice, StringComparison.Ordinal);

        using var agent = await As("agent");
        var stepped = await Read(await agent.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/invocation/steps/1", new { note = "Standby promoted" }, $"\"{breached.Version}\""));
        Assert.NotNull(stepped.Invocations[^1].Steps[0].DoneBy);
        using (var twice = await agent.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/invocation/steps/1", new { }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        }

        var ended = await Read(await agent.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/invocation/end", new { outcome = "recovered" }));
        Assert.Equal((InvocationOutcome.Recovered, false), (ended.Invocations[^1].Outcome, ended.Invocations[^1].RtoMet));
        await Eventually.Get(async () => await Notice(plan.Id, _ => true) is null ? "gone" : null, Soon, TimeSpan.FromMilliseconds(250), "the notice leaving the boards");
        await Eventually.Get(async () => await PlanInHealth(shop, plan.Number) is null ? "gone" : null, Soon, TimeSpan.FromMilliseconds(250), "the plan leaving the health");

        // Metrics count the invocation, each level and how it ended; a scrape shows them once the exporter has collected them.
        await Eventually.Get(async () =>
        {
            var after = await PrometheusScrape.Of(app.Http, app.BaseAddress);
            return after.Sum("itsm_continuity_invocations_total") > before.Sum("itsm_continuity_invocations_total")
                && after.Sum("itsm_continuity_rto_levels_total", "level=breach") > before.Sum("itsm_continuity_rto_levels_total", "level=breach")
                && after.Sum("itsm_continuity_invocations_ended_total", "outcome=recovered", "rto_met=false")
                    > before.Sum("itsm_continuity_invocations_ended_total", "outcome=recovered", "rto_met=false")
                ? "counted"
                : null;
        }, Soon, TimeSpan.FromMilliseconds(500), "the invocation, its breach and its end in the metrics");
    }

    [Fact]
    public async Task A_draft_is_not_invoked_an_unknown_major_incident_is_refused_and_a_requester_cannot_invoke()
    {
        var service = await app.NewService("not-invoked");
        using var drafted = await app.Http.PostAsJsonAsync("api/continuity/plans", new { title = "Draft only", scenario = "Anything", serviceIds = new[] { service } });
        var draft = (await drafted.Content.ReadFromJsonAsync<ContinuityPlanView>(WireJson.Options))!;
        using (var refused = await app.Http.Send(HttpMethod.Post, $"api/continuity/plans/{draft.Id}/invocations", new { reason = "Test" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("approved", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var plan = await ApprovedPlan("01:00:00");
        using (var unknown = await app.Http.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/invocations", new { reason = "Test", majorIncidentId = Guid.NewGuid() }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("majorIncidentId", out _));
        }

        using var requester = await As("requester");
        using var forbidden = await requester.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/invocations", new { reason = "Test" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using (var notInvoked = await app.Http.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/invocation/end", new { outcome = "recovered" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notInvoked.StatusCode);
        }
    }

    /// <summary>The continuity plan the service's health shows when it is <paramref name="number"/>; null otherwise.</summary>
    private async Task<string?> PlanInHealth(string service, string number)
    {
        var view = await app.Http.GetFromJsonAsync<JsonElement>($"api/services/{service}");
        return view.GetProperty("health").TryGetProperty("continuityPlan", out var plan) && plan.ValueKind == JsonValueKind.String && plan.GetString() == number
            ? number
            : null;
    }

    /// <summary>The text of the plan's active notice on the boards when it matches; null otherwise.</summary>
    private async Task<string?> Notice(Guid planId, Func<string, bool> matches)
    {
        var notices = await app.Http.GetFromJsonAsync<JsonElement>("api/notices");
        return notices.EnumerateArray()
            .Where(n => n.GetProperty("key").GetString() == $"continuity:{planId}")
            .Select(n => n.GetProperty("text").GetString()!)
            .FirstOrDefault(matches);
    }
}
