using ItsmOrleans.Contracts.Risks;

namespace ItsmOrleans.Web.Tests.Risks;

[Collection(WebAppTests.Name)]
public class RiskApiTests(WebAppFixture app)
{
    private static readonly string[] Controls = ["Secondary provider with zone transfer"];
    private static readonly string[] UnknownServices = ["no-such-service"];
    private static readonly string[] UnknownContracts = ["no-such-contract"];

    private static async Task<RiskView> Read(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<RiskView>(WireJson.Options))!;

    private static async Task<IReadOnlyDictionary<string, JsonElement>> Errors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
    }

    private async Task<HttpClient> As(string role) => app.CreateHttp(await Accounts.CreateApiKey(app, role));

    [Fact]
    public async Task A_change_manager_records_assesses_and_treats_a_risk_and_the_register_lists_filters_and_maps_it()
    {
        var service = await app.NewService("risky");
        var (owner, _) = await Accounts.CreateUser(app, "change-manager");
        using var manager = await As("change-manager");
        using var recorded = await manager.PostAsJsonAsync("api/risks", new
        {
            title = "Single DNS provider",
            category = "supplier",
            owner,
            cause = "All zones are hosted by one provider",
            links = new { serviceIds = new[] { service } },
            inherent = new { impact = 5, likelihood = 3 },
            reviewBy = "2027-06-30",
        });
        await recorded.EnsureStatus(HttpStatusCode.Created);
        var risk = await Read(recorded);
        Assert.Matches("^RSK[0-9]{7}$", risk.Number);
        Assert.Equal((RiskStatus.Identified, 15, RiskBand.High), (risk.Status, risk.Inherent!.Score, risk.InherentBand));

        using (var assessed = await manager.Send(HttpMethod.Post, $"api/risks/{risk.Id}/transitions", new { to = "assessed" }, $"\"{risk.Version}\""))
        {
            await assessed.EnsureStatus(HttpStatusCode.OK);
            risk = await Read(assessed);
        }

        using (var treated = await manager.Send(HttpMethod.Patch, $"api/risks/{risk.Id}", new
        {
            treatment = "mitigate",
            controls = Controls,
            actions = new[] { new { description = "Sign with a second DNS provider", owner, due = "2027-01-31" } },
            alternatives = new[] { new { description = "Run our own DNS servers", whyRejected = "No 24x7 team to operate them" } },
            residual = new { impact = 5, likelihood = 1 },
        }, $"\"{risk.Version}\""))
        {
            await treated.EnsureStatus(HttpStatusCode.OK);
            risk = await Read(treated);
        }

        using (var moved = await manager.Send(HttpMethod.Post, $"api/risks/{risk.Id}/transitions", new { to = "treated" }, $"\"{risk.Version}\""))
        {
            await moved.EnsureStatus(HttpStatusCode.OK);
            risk = await Read(moved);
        }

        Assert.Equal((RiskStatus.Treated, RiskBand.Medium), (risk.Status, risk.ResidualBand));
        Assert.Equal("Run our own DNS servers", Assert.Single(risk.Alternatives).Description);
        Assert.Equal([RiskStatus.Assessed, RiskStatus.Accepted, RiskStatus.Closed], risk.AllowedTransitions.Order());

        using var agent = await As("agent");
        var listed = await agent.GetFromJsonAsync<List<RiskView>>($"api/risks?serviceId={service}&open=true", WireJson.Options);
        Assert.Equal(risk.Number, Assert.Single(listed!).Number);
        Assert.Empty((await agent.GetFromJsonAsync<List<RiskView>>($"api/risks?serviceId={service}&band=high", WireJson.Options))!);
        var cells = await agent.GetFromJsonAsync<List<RiskHeatCell>>($"api/risks/heat-map?serviceId={service}", WireJson.Options);
        Assert.Equal(new RiskHeatCell(5, 1, 1), Assert.Single(cells!));
        var byNumber = await agent.GetFromJsonAsync<RiskView>($"api/risks/{risk.Number}", WireJson.Options);
        Assert.Equal(risk.Id, byNumber!.Id);

        var history = (await agent.GetFromJsonAsync<List<RiskHistoryEntry>>($"api/risks/{risk.Id}/history", WireJson.Options))!;
        Assert.Equal(["recorded", "statusChanged", "updated", "statusChanged"], history.Select(h => h.Kind));
        Assert.Contains(history[2].Changes, c => c.Field == "residual" && c.New == "impact 5 × likelihood 1 = 5");

        var csv = await agent.GetStringAsync($"api/risks?serviceId={service}&format=csv");
        Assert.StartsWith("number,title,category,status,owner,inherentImpact", csv, StringComparison.Ordinal);
        Assert.Contains($"{risk.Number},Single DNS provider,supplier,treated,{owner},5,3,15,5,1,5,mitigate,{service}", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_risk_input_is_a_400_naming_each_field_and_a_stale_edit_a_409_with_the_current_risk()
    {
        var (owner, _) = await Accounts.CreateUser(app, "change-manager");
        using (var bad = await app.Http.PostAsJsonAsync("api/risks", new { title = "", category = "weather", owner, inherent = new { impact = 7, likelihood = 0 } }))
        {
            Assert.Equal(["category"], (await Errors(bad)).Keys);
        }

        using (var bad = await app.Http.PostAsJsonAsync("api/risks", new { title = "", category = "security", owner = "", inherent = new { impact = 7, likelihood = 0 } }))
        {
            Assert.Equal(["title", "owner", "inherent.impact", "inherent.likelihood"], (await Errors(bad)).Keys);
        }

        using (var unknown = await app.Http.PostAsJsonAsync("api/risks", new
        {
            title = "Unknown links", category = "security", owner = "nobody-by-that-name",
            links = new { serviceIds = UnknownServices, problemIds = new[] { Guid.NewGuid() }, contractIds = UnknownContracts },
        }))
        {
            Assert.Equal(["owner", "links.serviceIds[0]"], (await Errors(unknown)).Keys);
        }

        using (var unknownRecords = await app.Http.PostAsJsonAsync("api/risks", new
        {
            title = "Unknown records", category = "security", owner,
            links = new { problemIds = new[] { Guid.NewGuid() }, contractIds = UnknownContracts },
        }))
        {
            Assert.Equal(["links.problemIds[0]", "links.contractIds[0]"], (await Errors(unknownRecords)).Keys);
        }

        using var created = await app.Http.PostAsJsonAsync("api/risks", new { title = "Backups untested", category = "operational", owner, inherent = new { impact = 2, likelihood = 2 } });
        var risk = await Read(created);
        using (var worse = await app.Http.Send(HttpMethod.Patch, $"api/risks/{risk.Id}", new { residual = new { impact = 3, likelihood = 3 } }))
        {
            Assert.Equal(["residual"], (await Errors(worse)).Keys);
        }

        using (var undated = await app.Http.Send(HttpMethod.Post, $"api/risks/{risk.Id}/transitions", new { to = "assessed" }))
        {
            Assert.Equal(["reviewBy"], (await Errors(undated)).Keys);
        }

        using (var skipped = await app.Http.Send(HttpMethod.Post, $"api/risks/{risk.Id}/transitions", new { to = "treated" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, skipped.StatusCode);
        }

        using (var edited = await app.Http.Send(HttpMethod.Patch, $"api/risks/{risk.Id}", new { reviewBy = "2027-03-01" }, $"\"{risk.Version}\""))
        {
            await edited.EnsureStatus(HttpStatusCode.OK);
        }

        using var stale = await app.Http.Send(HttpMethod.Patch, $"api/risks/{risk.Id}", new { cause = "Nobody owns restores" }, $"\"{risk.Version}\"");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("2027-03-01", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("current").GetProperty("reviewBy").GetString());
    }

    [Fact]
    public async Task An_open_risk_past_its_review_date_is_a_notice_until_the_date_moves_and_is_listed_as_overdue()
    {
        var (owner, _) = await Accounts.CreateUser(app, "change-manager");
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var created = await app.Http.PostAsJsonAsync("api/risks", new { title = "Unpatched hypervisors", category = "security", owner, reviewBy = yesterday });
        var risk = await Read(created);

        var notice = await Notice(risk.Id);
        Assert.Contains($"{risk.Number} 'Unpatched hypervisors' was due for review on {yesterday}", notice!.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
        var overdue = await app.Http.GetFromJsonAsync<List<RiskView>>("api/risks?reviewOverdue=true&limit=200", WireJson.Options);
        Assert.Contains(overdue!, r => r.Id == risk.Id);

        using (var moved = await app.Http.Send(HttpMethod.Patch, $"api/risks/{risk.Id}", new { reviewBy = "2030-01-01" }))
        {
            await moved.EnsureStatus(HttpStatusCode.OK);
        }

        Assert.Null(await Notice(risk.Id));
        Assert.DoesNotContain((await app.Http.GetFromJsonAsync<List<RiskView>>("api/risks?reviewOverdue=true&limit=200", WireJson.Options))!, r => r.Id == risk.Id);
    }

    private async Task<JsonElement?> Notice(Guid riskId)
    {
        var notices = await app.Http.GetFromJsonAsync<JsonElement>("api/notices");
        return notices.EnumerateArray().Where(n => n.GetProperty("key").GetString() == $"risk:{riskId}").Cast<JsonElement?>().FirstOrDefault();
    }

    [Fact]
    public async Task Agents_and_the_noc_read_the_register_but_only_change_managers_and_admins_keep_it_and_requesters_see_none_of_it()
    {
        var (owner, _) = await Accounts.CreateUser(app, "change-manager");
        using var created = await app.Http.PostAsJsonAsync("api/risks", new { title = "Capacity of the mail relay", category = "capacity", owner });
        var risk = await Read(created);

        foreach (var role in new[] { "agent", "noc" })
        {
            using var reader = await As(role);
            using var read = await reader.GetAsync($"api/risks/{risk.Id}");
            await read.EnsureStatus(HttpStatusCode.OK);
            using var refused = await reader.Send(HttpMethod.Patch, $"api/risks/{risk.Id}", new { cause = "Growth" });
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var requester = await As("requester");
        using (var list = await requester.GetAsync("api/risks"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        }

        using var one = await requester.GetAsync($"api/risks/{risk.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, one.StatusCode);
    }
}
