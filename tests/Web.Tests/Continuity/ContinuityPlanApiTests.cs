using ItsmOrleans.Contracts.Continuity;

namespace ItsmOrleans.Web.Tests.Continuity;

[Collection(WebAppTests.Name)]
public class ContinuityPlanApiTests(WebAppFixture app)
{
    private async Task<HttpClient> As(string role) => app.CreateHttp(await Accounts.CreateApiKey(app, role));

    private static async Task<ContinuityPlanView> Read(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ContinuityPlanView>(WireJson.Options))!;

    private static async Task<JsonElement> Errors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    private async Task<string> Contract(string service)
    {
        var id = "dr-site-" + Guid.NewGuid().ToString("N")[..8];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var response = await app.Http.PutAsJsonAsync($"api/vendor-contracts/{id}", new
        {
            vendor = "Standby Hosting",
            name = "Warm standby site",
            serviceIds = new[] { service },
            start = today.AddYears(-1),
            end = today.AddYears(1),
        });
        await response.EnsureStatus(HttpStatusCode.OK);
        return id;
    }

    private static object WholePlan(string title, string service, string decider, string? contract, string? reviewBy = "2027-06-30") => new
    {
        title,
        scenario = "The primary data centre is lost",
        serviceIds = new[] { service },
        invocationCriteria = "Primary site unreachable for 30 minutes with no estimate of return",
        decisionMakers = new[] { decider },
        contacts = new[] { new { role = "Standby site duty manager", name = "Ana Ruiz", reach = "+34 600 000 000" } },
        steps = new[]
        {
            new { title = "Declare the disaster and page the recovery team", owner = decider, expectedDuration = "00:15:00" },
            new { title = "Promote the standby database", owner = "DBA on call", expectedDuration = "00:45:00" },
            new { title = "Point DNS at the standby site", owner = "Network on call", expectedDuration = "00:30:00" },
        },
        fallback = new { description = "Warm standby at the secondary site", vendorContractId = contract },
        reviewBy,
        exerciseEveryMonths = 6,
    };

    [Fact]
    public async Task A_change_manager_drafts_completes_and_approves_a_plan_and_revising_it_needs_approval_again()
    {
        var service = await app.NewService("dr-orders");
        var contract = await Contract(service);
        var (decider, _) = await Accounts.CreateUser(app, "agent");
        using var manager = await As("change-manager");

        using var drafted = await manager.PostAsJsonAsync("api/continuity/plans", new { title = "Orders: site loss", scenario = "The primary data centre is lost", serviceIds = new[] { service } });
        await drafted.EnsureStatus(HttpStatusCode.Created);
        var plan = await Read(drafted);
        Assert.Matches("^BCP[0-9]{7}$", plan.Number);
        Assert.Equal(PlanStatus.Draft, plan.Status);

        using (var early = await manager.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/transitions", new { to = "approved" }, $"\"{plan.Version}\""))
        {
            Assert.True((await Errors(early)).TryGetProperty("steps", out _));
        }

        using (var completed = await manager.Send(HttpMethod.Put, $"api/continuity/plans/{plan.Id}", WholePlan("Orders: site loss", service, decider, contract), $"\"{plan.Version}\""))
        {
            await completed.EnsureStatus(HttpStatusCode.OK);
            plan = await Read(completed);
        }

        Assert.Equal(TimeSpan.FromMinutes(90), plan.ExpectedRecovery);
        Assert.Equal(contract, plan.Content.Fallback!.VendorContractId);

        using (var approved = await manager.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/transitions", new { to = "approved" }, $"\"{plan.Version}\""))
        {
            await approved.EnsureStatus(HttpStatusCode.OK);
            plan = await Read(approved);
        }

        Assert.Equal((PlanStatus.Approved, 1), (plan.Status, plan.ApprovedRevision));
        Assert.NotNull(plan.ApprovedBy);

        using (var revised = await manager.Send(HttpMethod.Put, $"api/continuity/plans/{plan.Id}", WholePlan("Orders: loss of the primary site", service, decider, contract), $"\"{plan.Version}\""))
        {
            await revised.EnsureStatus(HttpStatusCode.OK);
            plan = await Read(revised);
        }

        Assert.Equal((PlanStatus.Draft, 1), (plan.Status, plan.ApprovedRevision));

        using var agent = await As("agent");
        var listed = await agent.GetFromJsonAsync<List<ContinuityPlanView>>($"api/continuity/plans?serviceId={service}", WireJson.Options);
        Assert.Equal(plan.Number, Assert.Single(listed!).Number);
        var byNumber = await agent.GetFromJsonAsync<ContinuityPlanView>($"api/continuity/plans/{plan.Number}", WireJson.Options);
        Assert.Equal(plan.Id, byNumber!.Id);
        var history = (await agent.GetFromJsonAsync<List<PlanHistoryEntry>>($"api/continuity/plans/{plan.Id}/history", WireJson.Options))!;
        Assert.Equal(["recorded", "revised", "approved", "revised"], history.Select(h => h.Kind));
        Assert.Contains("Revision 1", history[^1].Note ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_services_people_and_contracts_and_bad_durations_are_refused_by_field()
    {
        var service = await app.NewService("dr-bad");
        var bad = new
        {
            title = "Bad references",
            scenario = "Anything",
            serviceIds = new[] { service, "no-such-service" },
            decisionMakers = new[] { "nobody-by-that-name" },
            steps = new[] { new { title = "Step", owner = "someone", expectedDuration = "soon" } },
            fallback = new { description = "Elsewhere", vendorContractId = "no-such-contract" },
        };
        using (var refused = await app.Http.PostAsJsonAsync("api/continuity/plans", bad))
        {
            Assert.True((await Errors(refused)).TryGetProperty("steps[0].expectedDuration", out _));
        }

        using var references = await app.Http.PostAsJsonAsync("api/continuity/plans", bad with { steps = new[] { new { title = "Step", owner = "someone", expectedDuration = "00:10:00" } } });
        var errors = await Errors(references);
        Assert.True(errors.TryGetProperty("serviceIds[1]", out _));
        Assert.True(errors.TryGetProperty("decisionMakers[0]", out _));

        var (decider, _) = await Accounts.CreateUser(app, "agent");
        using var contract = await app.Http.PostAsJsonAsync("api/continuity/plans", WholePlan("Bad contract", service, decider, "no-such-contract"));
        Assert.True((await Errors(contract)).TryGetProperty("fallback.vendorContractId", out _));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_retiring_needs_a_reason()
    {
        var service = await app.NewService("dr-stale");
        using var drafted = await app.Http.PostAsJsonAsync("api/continuity/plans", new { title = "Stale", scenario = "Anything", serviceIds = new[] { service } });
        var plan = await Read(drafted);

        using (var first = await app.Http.Send(HttpMethod.Put, $"api/continuity/plans/{plan.Id}", new { title = "First", scenario = "Anything", serviceIds = new[] { service } }, $"\"{plan.Version}\""))
        {
            await first.EnsureStatus(HttpStatusCode.OK);
        }

        using (var stale = await app.Http.Send(HttpMethod.Put, $"api/continuity/plans/{plan.Id}", new { title = "Second", scenario = "Anything", serviceIds = new[] { service } }, $"\"{plan.Version}\""))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }

        using (var silent = await app.Http.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/transitions", new { to = "retired" }))
        {
            Assert.True((await Errors(silent)).TryGetProperty("notes", out _));
        }

        using var retired = await app.Http.Send(HttpMethod.Post, $"api/continuity/plans/{plan.Id}/transitions", new { to = "retired", notes = "Service decommissioned" });
        await retired.EnsureStatus(HttpStatusCode.OK);
        var kept = await Read(retired);
        Assert.Equal(("First", PlanStatus.Retired), (kept.Content.Title, kept.Status));
    }

    [Theory]
    [InlineData("agent", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("noc", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("requester", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.OK, HttpStatusCode.Created)]
    public async Task Who_reads_and_who_keeps_plans(string role, HttpStatusCode read, HttpStatusCode record)
    {
        var service = await app.NewService("dr-roles");
        using var http = await As(role);
        using var listed = await http.GetAsync("api/continuity/plans");
        using var recorded = await http.PostAsJsonAsync("api/continuity/plans", new { title = "Roles", scenario = "Anything", serviceIds = new[] { service } });
        Assert.Equal((read, record), (listed.StatusCode, recorded.StatusCode));
    }
}
