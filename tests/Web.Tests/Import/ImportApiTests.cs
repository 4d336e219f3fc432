using System.Text;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Tests.Import;

[Collection(WebAppTests.Name)]
public class ImportApiTests(WebAppFixture app)
{
    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private async Task<ImportReport> Import(string kind, string csv, bool dryRun)
    {
        using var response = await app.Http.PostAsync(new Uri($"api/import/{kind}?dryRun={(dryRun ? "true" : "false")}", UriKind.Relative), Csv(csv));
        await response.EnsureStatus(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ImportReport>(WireJson.Options))!;
    }

    [Fact]
    public async Task A_dry_run_reports_every_bad_row_with_its_column_and_writes_nothing_then_the_import_creates_the_good_rows_once()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = "\uFEFFexternalId,title,description,impact,urgency,slaPolicy\r\n"
            + $"{tag}-1,\"Printer, 3rd floor\",\"Jams on\nevery page, \"\"always\"\"\",low,low,\r\n"
            + $"{tag}-2,,no title,low,low,\r\n"
            + $"{tag}-3,Wrong impact,,huge,low,\r\n"
            + $"{tag}-4,Unknown policy,,low,low,platinum\r\n"
            + $"{tag}-5,Too few fields\r\n"
            + $"{tag}-1,Same external id,,low,low,\r\n"
            + $"{tag}-7,VPN drops {tag},,medium,high,\r\n";

        var preview = await Import("incidents", csv, dryRun: true);
        var before = await app.Http.GetStringAsync(new Uri($"api/search?q={tag}", UriKind.Relative));
        var imported = await Import("incidents", csv, dryRun: false);
        var again = await Import("incidents", csv, dryRun: false);

        Assert.Equal(7, preview.Rows);
        Assert.Equal(2, preview.Accepted);
        Assert.Empty(preview.Imported);
        Assert.Contains(preview.Rejected, p => p is { Row: 3, Column: "title" });
        Assert.Contains(preview.Rejected, p => p is { Row: 4, Column: "impact" });
        Assert.Contains(preview.Rejected, p => p is { Row: 5, Column: "slaPolicy" });
        Assert.Contains(preview.Rejected, p => p is { Row: 6, Column: null });
        Assert.Contains(preview.Rejected, p => p is { Row: 7, Column: "externalId" });
        Assert.DoesNotContain(tag, before, StringComparison.Ordinal);
        Assert.Equal([2, 8], imported.Imported.Select(r => r.Row));
        Assert.All(imported.Imported, r => Assert.False(r.AlreadyImported));
        Assert.Equal(imported.Imported.Select(r => r.Id), again.Imported.Select(r => r.Id));
        Assert.All(again.Imported, r => Assert.True(r.AlreadyImported));
        var printer = await app.Http.GetFromJsonAsync<ItsmOrleans.Contracts.Incidents.IncidentView>($"api/incidents/{imported.Imported[0].Id}", WireJson.Options);
        Assert.Equal("Printer, 3rd floor", printer!.Title);
        Assert.Equal("Jams on\nevery page, \"always\"", printer.Description);
    }

    [Fact]
    public async Task Services_are_defined_from_csv_and_bad_rows_are_named()
    {
        var id = "csv-" + Guid.NewGuid().ToString("N")[..8];
        var csv = "id,name,kind,criticality\n" + $"{id},Payroll,business,2\n" + "Bad Id,Broken,business,2\n" + $"{id}-x,No kind,,2\n" + $"{id}-y,Tier,technical,high\n";

        var preview = await Import("services", csv, dryRun: true);
        var imported = await Import("services", csv, dryRun: false);

        Assert.Equal(1, preview.Accepted);
        Assert.Equal([3, 4, 5], preview.Rejected.Select(p => p.Row));
        Assert.Equal(["id", "kind", "criticality"], preview.Rejected.Select(p => p.Column));
        Assert.Equal(id, Assert.Single(imported.Imported).Id);
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync(new Uri($"api/services/{id}", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("title,impact,urgency,colour\nx,low,low,red\n", "colour")]
    [InlineData("title,impact\nx,low\n", "urgency")]
    [InlineData("title,impact,urgency\n\"never closed,low,low\n", "never ends")]
    public async Task A_file_with_an_unknown_or_missing_column_or_broken_quoting_is_a_400_naming_it(string csv, string named)
    {
        using var response = await app.Http.PostAsync(new Uri("api/import/incidents?dryRun=true", UriKind.Relative), Csv(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_a_413_and_only_administrators_import()
    {
        using var agent = app.CreateHttp(await Accounts.CreateApiKey(app, "agent"));
        var huge = "title,impact,urgency\n" + new string('x', ItsmOrleans.Web.Import.CsvImportBody.MaxBytes);

        using var tooLarge = await app.Http.PostAsync(new Uri("api/import/incidents?dryRun=true", UriKind.Relative), Csv(huge));
        using var forbidden = await agent.PostAsync(new Uri("api/import/incidents?dryRun=true", UriKind.Relative), Csv("title,impact,urgency\n"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
