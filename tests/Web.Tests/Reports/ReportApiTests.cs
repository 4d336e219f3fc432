namespace ItsmOrleans.Web.Tests.Reports;

/// <summary>GET /api/reports/{report} through the real app: figures of tickets raised through the API, CSV, bad input and who may read them.</summary>
[Collection(WebAppTests.Name)]
public class ReportApiTests(WebAppFixture app)
{
    private static string Range()
    {
        var now = DateTimeOffset.UtcNow;
        return $"from={Uri.EscapeDataString(now.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(now.AddHours(1).ToString("O"))}";
    }

    private async Task<JsonElement> Report(string report, string query)
    {
        using var response = await app.Http.GetAsync($"api/reports/{report}?{query}");
        await response.EnsureStatus(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Dictionary<string, JsonElement> Rows(JsonElement report) =>
        report.GetProperty("rows").EnumerateArray().ToDictionary(r => (r.TryGetProperty("group", out var group) ? group : r.GetProperty("age")).GetString()!, r => r);

    [Fact]
    public async Task Every_report_counts_the_tickets_raised_acknowledged_resolved_and_linked_in_the_range()
    {
        var group = "rep-" + Guid.NewGuid().ToString("N")[..8];
        await ReportSeeding.Seed(app.Http, group);
        var query = $"{Range()}&assignmentGroup={group}";

        var mtta = Rows(await Report("mtta", query));
        Assert.Equal(["P1", "P3"], mtta.Keys);
        Assert.Equal(1, mtta["P1"].GetProperty("acknowledged").GetInt64());
        Assert.Equal(0.0, mtta["P1"].GetProperty("medianMinutes").GetDouble());

        var mttr = await Report("mttr", query);
        Assert.Equal(1, mttr.GetProperty("total").GetProperty("resolved").GetInt64());

        var sla = (await Report("sla-compliance", query)).GetProperty("total");
        Assert.Equal((2L, 0L, 100.0), (sla.GetProperty("responseMet").GetInt64(), sla.GetProperty("responseBreached").GetInt64(), sla.GetProperty("responsePercent").GetDouble()));
        Assert.Equal(1, sla.GetProperty("resolutionMet").GetInt64());

        var backlog = await Report("backlog", query);
        Assert.Equal(2, Rows(backlog)["under 1 day"].GetProperty("open").GetInt64());
        Assert.Equal(2, backlog.GetProperty("series").EnumerateArray().Last().GetProperty("open").GetInt64());
        Assert.Equal(JsonValueKind.Null, backlog.GetProperty("groupBy").ValueKind);

        var volume = Rows(await Report("volume-by-service", query + "&groupBy=priority"));
        Assert.Equal((1L, 1L), (volume["P1"].GetProperty("opened").GetInt64(), volume["P1"].GetProperty("resolved").GetInt64()));
        Assert.Equal((2L, 0L), (volume["P3"].GetProperty("opened").GetInt64(), volume["P3"].GetProperty("resolved").GetInt64()));

        var problems = Rows(await Report("problem-sources", query + "&groupBy=assignmentGroup"));
        Assert.Equal((1L, 2L), (problems[group].GetProperty("problems").GetInt64(), problems[group].GetProperty("incidentsLinked").GetInt64()));

        var changes = await Report("change-success", $"{Range()}&service=none-{group}");
        Assert.Equal(0, changes.GetProperty("total").GetProperty("changes").GetInt64());
    }

    [Fact]
    public async Task A_ticket_resolved_reopened_and_resolved_again_is_one_resolved_ticket_timed_to_its_first_resolution()
    {
        var group = "reo-" + Guid.NewGuid().ToString("N")[..8];
        await TestCast.Group(app.Http, group);
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident("VPN drops", "high", "high", group, assignee: "alice"));
        async Task Move(object body)
        {
            using var response = await app.Http.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/transitions", body);
            await response.EnsureStatus(HttpStatusCode.OK);
        }

        var resolve = new { to = "resolved", resolutionCode = "solvedPermanently", resolutionNotes = "Tunnel reset" };
        await Move(new { to = "inProgress" });
        await Move(resolve);
        await Move(new { to = "inProgress" });
        await Move(resolve);
        var query = $"{Range()}&assignmentGroup={group}";

        Assert.Equal(1, (await Report("mttr", query)).GetProperty("total").GetProperty("resolved").GetInt64());
        Assert.Equal(1, (await Report("volume-by-service", query)).GetProperty("total").GetProperty("resolved").GetInt64());
    }

    [Fact]
    public async Task A_report_is_a_csv_download_with_format_csv_or_accept_text_csv()
    {
        var group = "csv-" + Guid.NewGuid().ToString("N")[..8];
        await ReportSeeding.Seed(app.Http, group);
        using var byQuery = await app.Http.GetAsync($"api/reports/volume-by-service?{Range()}&assignmentGroup={group}&groupBy=priority&format=csv");
        await byQuery.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("text/csv", byQuery.Content.Headers.ContentType?.MediaType);
        Assert.Equal("group,opened,resolved\r\nP1,1,1\r\nP3,2,0\r\nall,3,1\r\n", await byQuery.Content.ReadAsStringAsync());

        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/reports/backlog?{Range()}&assignmentGroup={group}");
        request.Headers.Accept.ParseAdd("text/csv");
        using var byAccept = await app.Http.SendAsync(request);
        await byAccept.EnsureStatus(HttpStatusCode.OK);
        var lines = (await byAccept.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["age,open", "under 1 day,2", "1-3 days,0", "3-7 days,0", "7-30 days,0", "30 days or more,0", "all,2"], lines);
        Assert.Contains("attachment", byAccept.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reports_are_listed_with_the_filters_and_groupings_each_accepts()
    {
        var list = await app.Http.GetFromJsonAsync<JsonElement>("api/reports");
        Assert.Equal(
            ["mtta", "mttr", "sla-compliance", "backlog", "volume-by-service", "change-success", "problem-sources"],
            list.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        var byName = list.EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Empty(byName["backlog"].GetProperty("groupBy").EnumerateArray());
        Assert.Equal(["service"], byName["change-success"].GetProperty("filters").EnumerateArray().Select(f => f.GetString()));
    }

    [Theory]
    [InlineData("uptime", "", "report")]
    [InlineData("mtta", "from=yesterday", "from")]
    [InlineData("mtta", "from=2026-12-02&to=2026-12-01", "from")]
    [InlineData("mtta", "from=2000-01-01&to=2026-12-01", "from")]
    [InlineData("mtta", "priority=P9", "priority")]
    [InlineData("mtta", "groupBy=colour", "groupBy")]
    [InlineData("mtta", "format=xml", "format")]
    [InlineData("mtta", "colour=red", "colour")]
    [InlineData("mtta", "service=a&service=b", "service")]
    [InlineData("backlog", "groupBy=priority", "groupBy")]
    [InlineData("change-success", "priority=P1", "priority")]
    [InlineData("change-success", "assignmentGroup=network", "assignmentGroup")]
    [InlineData("change-success", "groupBy=priority", "groupBy")]
    [InlineData("problem-sources", "priority=P2", "priority")]
    public async Task A_bad_report_request_is_a_400_naming_the_problem(string report, string query, string field)
    {
        using var response = await app.Http.GetAsync($"api/reports/{report}?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{query}: {problem}");
    }

    [Fact]
    public async Task Requesters_may_not_read_reports_and_the_noc_may()
    {
        using var requester = new HttpClient { BaseAddress = app.BaseAddress };
        requester.DefaultRequestHeaders.Add("X-Api-Key", await Accounts.CreateApiKey(app, "requester"));
        using (var refused = await requester.GetAsync("api/reports/mtta"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var noc = new HttpClient { BaseAddress = app.BaseAddress };
        noc.DefaultRequestHeaders.Add("X-Api-Key", await Accounts.CreateApiKey(app, "noc"));
        using var allowed = await noc.GetAsync("api/reports/sla-compliance?groupBy=service");
        await allowed.EnsureStatus(HttpStatusCode.OK);
    }
}
