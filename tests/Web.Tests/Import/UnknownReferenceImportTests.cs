using System.Text;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Tests.Import;

/// <summary>
/// A CSV row is held to the create API's rules on references too: a row naming an unknown service, group, person or
/// catalogue item is rejected, naming its column and the value, by the dry run and the import alike, and makes nothing.
/// </summary>
[Collection(WebAppTests.Name)]
public class UnknownReferenceImportTests(WebAppFixture app)
{
    private static readonly string[] OrderTask = ["Order"];

    private async Task<ImportReport> Import(string kind, string csv, bool dryRun)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await app.Http.PostAsync(new Uri($"api/import/{kind}?dryRun={(dryRun ? "true" : "false")}", UriKind.Relative), content);
        await response.EnsureStatus(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ImportReport>(WireJson.Options))!;
    }

    /// <summary>Imports a file whose first data row is good and whose next rows each name one unknown thing in <paramref name="unknown"/>'s column.</summary>
    private async Task RejectsEachUnknown(string kind, string header, string goodRow, IReadOnlyList<(string Column, string Value, string Row)> unknown)
    {
        var csv = header + "\n" + goodRow + "\n" + string.Join("\n", unknown.Select(u => u.Row)) + "\n";
        foreach (var dryRun in new[] { true, false })
        {
            var report = await Import(kind, csv, dryRun);

            int[] imported = dryRun ? [] : [2];
            Assert.Equal(1, report.Accepted);
            Assert.Equal(imported, report.Imported.Select(r => r.Row));
            for (var i = 0; i < unknown.Count; i++)
            {
                var rejected = Assert.Single(report.Rejected, r => r.Row == i + 3);
                Assert.Equal(unknown[i].Column, rejected.Column);
                Assert.Contains($"'{unknown[i].Value}'", rejected.Reason, StringComparison.Ordinal);
            }
        }
    }

    private static string Unknown(string what) => $"no-such-{what}-{Guid.NewGuid():N}"[..28];

    [Fact]
    public async Task Incident_rows_naming_an_unknown_requester_service_group_or_assignee_are_rejected()
    {
        var (requester, service, group, assignee) = (Unknown("person"), Unknown("service"), Unknown("group"), Unknown("person"));
        var tag = Guid.NewGuid().ToString("N")[..8];
        await RejectsEachUnknown("incidents", "externalId,title,impact,urgency,requester,serviceId,assignmentGroup,assignee",
            $"{tag}-1,Printer jams {tag},low,low,bob,,desktop,alice",
            [
                ("requester", requester, $"{tag}-2,Unknown requester,low,low,{requester},,,"),
                ("serviceId", service, $"{tag}-3,Unknown service,low,low,bob,{service},,"),
                ("assignmentGroup", group, $"{tag}-4,Unknown group,low,low,bob,,{group},"),
                ("assignee", assignee, $"{tag}-5,Unknown assignee,low,low,bob,,,{assignee}"),
            ]);
    }

    [Fact]
    public async Task Problem_rows_naming_an_unknown_service_group_or_assignee_are_rejected()
    {
        var (service, group, assignee) = (Unknown("service"), Unknown("group"), Unknown("person"));
        var tag = Guid.NewGuid().ToString("N")[..8];
        await RejectsEachUnknown("problems", "externalId,title,serviceId,assignmentGroup,assignee",
            $"{tag}-1,Printers jam {tag},,desktop,alice",
            [
                ("serviceId", service, $"{tag}-2,Unknown service,{service},,"),
                ("assignmentGroup", group, $"{tag}-3,Unknown group,,{group},"),
                ("assignee", assignee, $"{tag}-4,Unknown assignee,,,{assignee}"),
            ]);
    }

    [Fact]
    public async Task Change_rows_naming_an_unknown_service_or_implementer_are_rejected()
    {
        var (service, implementer) = (Unknown("service"), Unknown("person"));
        var tag = Guid.NewGuid().ToString("N")[..8];
        await RejectsEachUnknown("changes", "externalId,type,title,serviceId,implementer",
            $"{tag}-1,normal,Patch relays {tag},,erin",
            [
                ("serviceId", service, $"{tag}-2,normal,Unknown service,{service},"),
                ("implementer", implementer, $"{tag}-3,normal,Unknown implementer,,{implementer}"),
            ]);
    }

    [Fact]
    public async Task Service_request_rows_for_an_unknown_item_or_person_are_rejected()
    {
        var item = $"dock-{Guid.NewGuid():N}"[..14];
        using (var defined = await app.Http.PutAsJsonAsync($"api/catalog/{item}", new { name = "Docking station", tasks = OrderTask, fulfilmentGroup = "desktop" }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var (missingItem, person) = (Unknown("item"), Unknown("person"));
        var tag = Guid.NewGuid().ToString("N")[..8];
        await RejectsEachUnknown("service-requests", "externalId,itemId,requestedFor",
            $"{tag}-1,{item},rita",
            [
                ("itemId", missingItem, $"{tag}-2,{missingItem},rita"),
                ("requestedFor", person, $"{tag}-3,{item},{person}"),
            ]);
    }
}
