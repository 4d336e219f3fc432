using System.Net.Http.Headers;
using ItsmOrleans.Web.Csv;

namespace ItsmOrleans.Web.Tests.Csv;

/// <summary>CSV downloads of the lists through the real app: the same filters as the JSON, every page, cells read back.</summary>
[Collection(WebAppTests.Name)]
public class ListCsvApiTests(WebAppFixture app)
{
    [Fact]
    public async Task A_search_downloads_every_match_past_the_first_page_with_the_same_filters()
    {
        var word = SearchWords.Unique("zcwd");
        var titles = new[] { $"Printer {word} jams", $"=HYPERLINK(\"x\") {word}", $"Mail, {word} and \"more\"" };
        foreach (var title in titles)
        {
            await app.Http.CreateIncident(new { title, description = "From the CSV test", impact = "low", urgency = "low", requester = "csv" });
        }

        await app.Http.CreateIncident(new { title = $"High {word}", description = "Filtered out by priority", impact = "high", urgency = "high", requester = "csv" });

        using var response = await app.Http.GetAsync($"api/search?q={word}&priority=P5&limit=1&sort=created&format=csv");

        await response.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("10000", response.Headers.GetValues(CsvRowLimit.Header).Single());
        var rows = CsvReader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ListCsv.Search.Headers, rows[0]);
        var titleColumn = rows[0].IndexOf("title");
        Assert.Equal(titles.Select(t => t.StartsWith('=') ? "'" + t : t).Reverse(), rows.Skip(1).Select(r => r[titleColumn]));
        Assert.All(rows.Skip(1), r => Assert.Equal("P5", r[rows[0].IndexOf("priority")]));
    }

    [Fact]
    public async Task The_incident_list_downloads_the_incidents_its_filters_pick_when_asked_with_accept_text_csv()
    {
        var group = await app.NewGroup("csv");
        await TestCast.Group(app.Http, group + "-other");
        var picked = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            picked.Add((await app.Http.CreateIncident(IncidentRequests.NewIncident($"Disk {i} full", group: group))).Number);
        }

        await app.Http.CreateIncident(IncidentRequests.NewIncident("Elsewhere", group: group + "-other"));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/incidents?assignmentGroup={group}&limit=2");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await app.Http.SendAsync(request);

        await response.EnsureStatus(HttpStatusCode.OK);
        var rows = CsvReader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ListCsv.Incidents.Headers, rows[0]);
        Assert.Equal(picked.Order(StringComparer.Ordinal), rows.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));
        Assert.All(rows.Skip(1), r => Assert.Equal(group, r[rows[0].IndexOf("assignmentGroup")]));
    }

    public static TheoryData<string, string> Lists() => new()
    {
        { "api/changes", string.Join(',', ListCsv.Changes.Headers) },
        { "api/problems", string.Join(',', ListCsv.Problems.Headers) },
        { "api/requests", string.Join(',', ListCsv.ServiceRequests.Headers) },
        { "api/services", string.Join(',', ListCsv.Services.Headers) },
        { "api/vendor-contracts", string.Join(',', ListCsv.VendorContracts.Headers) },
        { "api/licences", string.Join(',', ListCsv.Licences.Headers) },
        { "api/major-incidents?all=true", string.Join(',', ListCsv.MajorIncidents.Headers) },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Every_list_downloads_as_csv_with_one_row_per_record_of_its_json(string path, string header)
    {
        using var json = await app.Http.GetAsync(path);
        await json.EnsureStatus(HttpStatusCode.OK);
        var count = (await json.Content.ReadFromJsonAsync<JsonElement>()) switch
        {
            { ValueKind: JsonValueKind.Array } list => list.GetArrayLength(),
            var page => page.GetProperty("items").GetArrayLength(),
        };

        using var csv = await app.Http.GetAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "format=csv");

        await csv.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = CsvReader.Parse(await csv.Content.ReadAsStringAsync());
        Assert.Equal(header, string.Join(',', rows[0]));
        Assert.True(rows.Count - 1 >= count, $"{path}: {rows.Count - 1} CSV rows, {count} in the JSON");
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
    }

    [Fact]
    public async Task A_bad_filter_is_a_400_problem_in_csv_too()
    {
        using var response = await app.Http.GetAsync("api/search?priority=P9&format=csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
