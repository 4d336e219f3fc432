using ItsmOrleans.Contracts.Continuity;

namespace ItsmOrleans.Web.Tests.Continuity;

[Collection(WebAppTests.Name)]
public class BusinessImpactApiTests(WebAppFixture app)
{
    private static readonly string[] OrdersAndPayments = ["Take orders", "Take payments"];
    private static readonly string[] PayStaff = ["Pay staff"];

    private async Task<HttpClient> As(string role) => app.CreateHttp(await Accounts.CreateApiKey(app, role));

    private static object Objectives(string rto, string rpo, string mtd) => new { rto, rpo, maximumTolerableDowntime = mtd };

    private async Task DependsOn(string service, string dependency)
    {
        using var response = await app.Http.PutAsync($"api/services/{service}/dependencies/{dependency}", null);
        Assert.True(response.IsSuccessStatusCode, $"{service} → {dependency}: {(int)response.StatusCode}");
    }

    private static async Task<ServiceRow> Row(HttpClient http, string service) =>
        (await http.GetFromJsonAsync<List<ServiceRow>>("api/continuity/services", WireJson.Options))!.Single(r => r.ServiceId == service);

    [Fact]
    public async Task A_change_manager_records_a_business_impact_and_a_dependency_slower_than_its_business_service_needs_is_flagged()
    {
        var business = await app.NewService("shop");
        var database = await app.NewService("orders-db");
        await DependsOn(business, database);
        using var manager = await As("change-manager");

        using (var recorded = await manager.Send(HttpMethod.Put, $"api/services/{business}/business-impact", new
        {
            objectives = Objectives("02:00:00", "00:15:00", "08:00:00"),
            impactOverTime = new[]
            {
                new { after = "04:00:00", kind = "financial", description = "Orders lost: about 40,000 EUR" },
                new { after = "01:00:00", kind = "reputational", description = "Customers complain publicly" },
            },
            vitalBusinessFunctions = OrdersAndPayments,
        }, "\"0\""))
        {
            await recorded.EnsureStatus(HttpStatusCode.OK);
            var view = (await recorded.Content.ReadFromJsonAsync<BusinessImpactView>(WireJson.Options))!;
            Assert.Equal(1, view.Version);
            Assert.Equal("\"1\"", recorded.Headers.ETag?.Tag);
            Assert.Equal([ImpactKind.Reputational, ImpactKind.Financial], view.Impact.ImpactOverTime.Select(s => s.Kind));
        }

        using (var slow = await manager.Send(HttpMethod.Put, $"api/services/{database}/business-impact", new { objectives = Objectives("06:00:00", "00:05:00", "1.00:00:00") }))
        {
            await slow.EnsureStatus(HttpStatusCode.OK);
        }

        using var agent = await As("agent");
        var row = await Row(agent, database);
        Assert.Equal((TimeSpan.FromHours(2), business), (row.Check.RequiredRto, row.Check.RtoRequiredBy));
        Assert.True(row.Check.RtoTooLong);
        Assert.False(row.Check.RpoTooLong);
        Assert.Equal(TimeSpan.FromHours(6), row.Impact.Impact.Objectives!.Rto);

        var read = await agent.GetFromJsonAsync<BusinessImpactView>($"api/services/{business}/business-impact", WireJson.Options);
        Assert.Equal(["Take orders", "Take payments"], read!.Impact.VitalBusinessFunctions);
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_the_newer_analysis_stays()
    {
        var service = await app.NewService("payroll");
        using var first = await app.Http.Send(HttpMethod.Put, $"api/services/{service}/business-impact", new { objectives = Objectives("1.00:00:00", "04:00:00", "3.00:00:00") }, "\"0\"");
        await first.EnsureStatus(HttpStatusCode.OK);

        using var stale = await app.Http.Send(HttpMethod.Put, $"api/services/{service}/business-impact", new { objectives = Objectives("2.00:00:00", "04:00:00", "3.00:00:00") }, "\"0\"");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var kept = await app.Http.GetFromJsonAsync<BusinessImpactView>($"api/services/{service}/business-impact", WireJson.Options);
        Assert.Equal(TimeSpan.FromDays(1), kept!.Impact.Objectives!.Rto);
    }

    [Fact]
    public async Task Bad_durations_kinds_and_objectives_are_refused_by_field_and_an_unknown_service_is_not_found()
    {
        var service = await app.NewService("bia-bad");
        using var refused = await app.Http.Send(HttpMethod.Put, $"api/services/{service}/business-impact", new
        {
            objectives = new { rto = "four hours", rpo = "00:10:00", maximumTolerableDowntime = "01:00:00" },
            impactOverTime = new[] { new { after = "02:00:00", kind = "cosmic", description = "Unknown" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("04:00:00", errors.GetProperty("objectives.rto")[0].GetString());
        Assert.True(errors.TryGetProperty("impactOverTime[0].kind", out _));

        using var downtime = await app.Http.Send(HttpMethod.Put, $"api/services/{service}/business-impact", new { objectives = Objectives("08:00:00", "00:10:00", "01:00:00") });
        Assert.Equal(HttpStatusCode.BadRequest, downtime.StatusCode);
        Assert.True((await downtime.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("objectives.maximumTolerableDowntime", out _));

        using var unknown = await app.Http.Send(HttpMethod.Put, "api/services/no-such-service/business-impact", new { objectives = Objectives("01:00:00", "00:10:00", "02:00:00") });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var none = await app.Http.GetFromJsonAsync<BusinessImpactView>($"api/services/{service}/business-impact", WireJson.Options);
        Assert.Equal(0, none!.Version);
    }

    [Theory]
    [InlineData("agent", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("noc", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("requester", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.OK, HttpStatusCode.OK)]
    public async Task Who_reads_and_who_records_business_impact(string role, HttpStatusCode read, HttpStatusCode write)
    {
        var service = await app.NewService("bia-roles");
        using var http = await As(role);
        using var got = await http.GetAsync($"api/services/{service}/business-impact");
        using var listed = await http.GetAsync("api/continuity/services");
        using var put = await http.Send(HttpMethod.Put, $"api/services/{service}/business-impact", new { vitalBusinessFunctions = PayStaff });
        Assert.Equal((read, read, write), (got.StatusCode, listed.StatusCode, put.StatusCode));
    }

    private sealed record ServiceRow(string ServiceId, string Name, BusinessImpactView Impact, ObjectiveCheck Check);
}
