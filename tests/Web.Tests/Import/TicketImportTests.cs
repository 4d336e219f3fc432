using System.Text;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Tests.Import;

/// <summary>CSV import of problems, changes and service requests: each row checked by that kind's create rules.</summary>
[Collection(WebAppTests.Name)]
public class TicketImportTests(WebAppFixture app)
{
    private static readonly string[] Models = ["standard", "developer"];
    private static readonly string[] Tasks = ["Order", "Hand over"];

    private async Task<ImportReport> Import(string kind, string csv, bool dryRun)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await app.Http.PostAsync(new Uri($"api/import/{kind}?dryRun={(dryRun ? "true" : "false")}", UriKind.Relative), content);
        await response.EnsureStatus(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ImportReport>(WireJson.Options))!;
    }

    /// <summary>Dry run, import, import again: the dry run wrote nothing (the import then creates every valid row anew) and the second import adds nothing.</summary>
    private async Task<(ImportReport Preview, ImportReport Imported)> PreviewImportAndRepeat(string kind, string csv, int[] validRows)
    {
        var preview = await Import(kind, csv, dryRun: true);
        var imported = await Import(kind, csv, dryRun: false);
        var again = await Import(kind, csv, dryRun: false);

        Assert.Empty(preview.Imported);
        Assert.Equal(validRows.Length, preview.Accepted);
        Assert.Equal(validRows, imported.Imported.Select(r => r.Row));
        Assert.All(imported.Imported, r => Assert.False(r.AlreadyImported));
        Assert.Equal(imported.Imported.Select(r => r.Id), again.Imported.Select(r => r.Id));
        Assert.All(again.Imported, r => Assert.True(r.AlreadyImported));
        Assert.Equal(preview.Rejected, imported.Rejected);
        return (preview, imported);
    }

    private static void Rejects(ImportReport report, params (int Row, string? Column)[] expected)
    {
        Assert.Equal(expected, report.Rejected.Select(p => (p.Row, p.Column)).Distinct());
        Assert.All(report.Rejected, p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
    }

    [Fact]
    public async Task Problems_import_with_their_incidents_and_a_dry_run_names_every_bad_row()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: $"Print queue stuck {tag}"));
        var csv = "externalId,title,description,incidentIds,assignmentGroup\n"
            + $"{tag}-1,Printers jam {tag},\"Since the driver update, \"\"every\"\" floor\",{incident.Id},desktop\n"
            + $"{tag}-2,,no title,,\n"
            + $"{tag}-3,Bad link,,not-an-id,\n"
            + $"{tag}-4,Missing incident,,{Guid.NewGuid()},\n"
            + $"{tag}-1,Same external id,,,\n"
            + $",Mail slow {tag},,,\n";

        var (preview, imported) = await PreviewImportAndRepeat("problems", csv, [2, 7]);

        Rejects(preview, (3, "title"), (4, "incidentIds"), (5, "incidentIds"), (6, "externalId"));
        var problem = await app.Http.GetFromJsonAsync<JsonElement>($"api/problems/{imported.Imported[0].Id}");
        Assert.Equal($"Printers jam {tag}", problem.GetProperty("title").GetString());
        Assert.Equal("Since the driver update, \"every\" floor", problem.GetProperty("description").GetString());
        Assert.Equal(incident.Id, Assert.Single(problem.GetProperty("incidents").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.StartsWith("PRB", imported.Imported[1].Number, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_import_with_window_and_risk_answers_and_a_dry_run_names_every_bad_row()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = "externalId,type,title,serviceId,templateId,windowStart,windowEnd,complexity,testedBeforehand,backoutTested,outageRequired,usersAffected\n"
            + $"{tag}-1,normal,Patch the database {tag},,,2027-01-10T22:00:00Z,2027-01-10T23:00:00Z,low,true,true,false,some\n"
            + $"{tag}-2,sideways,Bad type,,,,,,,,,\n"
            + $"{tag}-3,normal,Bad start,,,tomorrow,2027-01-10T23:00:00Z,,,,,\n"
            + $"{tag}-4,normal,Backwards,,,2027-01-10T23:00:00Z,2027-01-10T22:00:00Z,,,,,\n"
            + $"{tag}-5,normal,Unknown service,no-such-{tag},,,,,,,,\n"
            + $"{tag}-6,normal,Odd answer,,,,,low,maybe,true,false,some\n"
            + $"{tag}-7,standard,No template,,no-such-{tag},,,,,,,\n"
            + $"{tag}-8,normal,Missing complexity,,,,,,true,true,false,some\n"
            + $",emergency,Hotfix {tag},,,,,,,,,\n";

        var (preview, imported) = await PreviewImportAndRepeat("changes", csv, [2, 10]);

        Rejects(preview, (3, "type"), (4, "windowStart"), (5, "windowEnd"), (6, "serviceId"), (7, "testedBeforehand"), (8, "templateId"), (9, "complexity"));
        var change = await app.Http.GetFromJsonAsync<JsonElement>($"api/changes/{imported.Imported[0].Id}");
        Assert.Equal($"Patch the database {tag}", change.GetProperty("title").GetString());
        Assert.Equal(new DateTimeOffset(2027, 1, 10, 22, 0, 0, TimeSpan.Zero), change.GetProperty("window").GetProperty("start").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Object, change.GetProperty("risk").ValueKind);
        var hotfix = await app.Http.GetFromJsonAsync<JsonElement>($"api/changes/{imported.Imported[1].Id}");
        Assert.Equal("emergency", hotfix.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Service_requests_import_with_json_answers_checked_against_the_items_form()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var item = $"laptop-{tag}";
        using (var defined = await app.Http.PutAsJsonAsync($"api/catalog/{item}", new
        {
            name = "New laptop",
            fields = new[] { new { name = "model", label = "Model", type = "choice", required = true, choices = Models } },
            approval = new { kind = "manager" },
            tasks = Tasks,
            fulfilmentGroup = "desktop",
        }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        await TestCast.Person(app.Http, $"dana-{tag}", "requester");
        var csv = "externalId,itemId,answers,requestedFor\n"
            + $"{tag}-1,{item},\"{{\"\"model\"\": \"\"developer\"\"}}\",dana-{tag}\n"
            + $"{tag}-2,{item},{{model: developer}},\n"
            + $"{tag}-3,{item},\"[\"\"developer\"\"]\",\n"
            + $"{tag}-4,{item},\"{{\"\"model\"\": \"\"gaming\"\"}}\",\n"
            + $"{tag}-5,{item},\"{{\"\"colour\"\": \"\"red\"\", \"\"model\"\": \"\"standard\"\"}}\",\n"
            + $"{tag}-6,{item},\"{{\"\"model\"\": \"\"standard\"\"}}\",\n"
            + $"{tag}-7,no-such-{tag},,\n"
            + $",{item},\"{{\"\"model\"\": \"\"standard\"\"}}\",\n";

        var (preview, imported) = await PreviewImportAndRepeat("service-requests", csv, [2, 7, 9]);

        Rejects(preview, (3, "answers"), (4, "answers"), (5, "answers"), (6, "answers"), (8, "itemId"));
        Assert.Contains("not valid JSON", preview.Rejected.Single(p => p.Row == 3).Reason, StringComparison.Ordinal);
        Assert.Contains("JSON object", preview.Rejected.Single(p => p.Row == 4).Reason, StringComparison.Ordinal);
        Assert.Contains("colour", preview.Rejected.Single(p => p.Row == 6).Reason, StringComparison.Ordinal);
        var request = await app.Http.GetFromJsonAsync<JsonElement>($"api/requests/{imported.Imported[0].Id}");
        Assert.Equal("developer", request.GetProperty("answers").GetProperty("model").GetString());
        Assert.Equal($"dana-{tag}", request.GetProperty("requestedFor").GetString());
        Assert.Empty(request.GetProperty("approvers").EnumerateArray());
        Assert.Contains("change-manager", request.GetProperty("approvingRoles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_service_request_file_naming_a_manager_is_refused_because_accounts_record_managers()
    {
        using var content = new StringContent("externalId,itemId,answers,manager\nx-1,laptop,,boss\n", Encoding.UTF8, "text/csv");
        using var response = await app.Http.PostAsync(new Uri("api/import/service-requests?dryRun=true", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'manager'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risks_import_with_their_services_and_scores_and_a_dry_run_names_every_bad_row()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var service = await app.NewService("riskcsv");
        var (owner, _) = await Accounts.CreateUser(app, "change-manager");
        var csv = "externalId,title,category,owner,cause,serviceIds,impact,likelihood,reviewBy\n"
            + $"{tag}-1,Backup site too far {tag},operational,{owner},One site only,{service},4,2,2027-05-31\n"
            + $"{tag}-2,No category,,{owner},,,,,\n"
            + $"{tag}-3,Unknown service,supplier,{owner},,no-such-service-{tag},,,\n"
            + $"{tag}-4,Off the scale,security,{owner},,,6,2,\n"
            + $"{tag}-5,Half scored,security,{owner},,,3,,\n"
            + $"{tag}-6,Bad date,capacity,{owner},,,,,next spring\n"
            + $"{tag}-7,Unscored {tag},capacity,{owner},,,,,\n";

        var (preview, imported) = await PreviewImportAndRepeat("risks", csv, [2, 8]);

        Rejects(preview, (3, "category"), (4, "serviceIds"), (5, "impact"), (6, "likelihood"), (7, "reviewBy"));
        var risk = await app.Http.GetFromJsonAsync<JsonElement>($"api/risks/{imported.Imported[0].Id}");
        Assert.Equal($"Backup site too far {tag}", risk.GetProperty("title").GetString());
        Assert.Equal(8, risk.GetProperty("inherent").GetProperty("score").GetInt32());
        Assert.Equal(service, Assert.Single(risk.GetProperty("links").GetProperty("serviceIds").EnumerateArray()).GetString());
        Assert.StartsWith("RSK", imported.Imported[1].Number, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Continuity_plans_import_as_drafts_with_their_steps_and_a_dry_run_names_every_bad_row()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var service = await app.NewService("plancsv");
        var (decider, _) = await Accounts.CreateUser(app, "agent");
        var csv = "externalId,title,scenario,serviceIds,decisionMakers,steps,fallback,vendorContractId,reviewBy,exerciseEveryMonths\n"
            + $"{tag}-1,Site loss {tag},Primary site lost,{service},{decider},Promote standby | DBA on call | 00:45:00; Switch DNS | Network on call | 00:30:00,Secondary site,,2027-06-30,6\n"
            + $"{tag}-2,No scenario,,{service},,,,,,\n"
            + $"{tag}-3,Unknown service,Flood,no-such-service-{tag},,,,,,\n"
            + $"{tag}-4,Bad step,Fire,{service},,Promote standby without owner,,,,\n"
            + $"{tag}-5,Bad duration,Fire,{service},,Promote standby | DBA | soon,,,,\n"
            + $"{tag}-6,Unknown contract,Fire,{service},,,Elsewhere,no-such-contract-{tag},,\n"
            + $"{tag}-7,Bad months,Fire,{service},,,,,,often\n"
            + $"{tag}-8,Ransomware {tag},Encrypted file servers,{service},,,,,,\n";

        var (preview, imported) = await PreviewImportAndRepeat("continuity-plans", csv, [2, 9]);

        Rejects(preview, (3, "scenario"), (4, "serviceIds"), (5, "steps"), (6, "steps"), (7, "vendorContractId"), (8, "exerciseEveryMonths"));
        var plan = await app.Http.GetFromJsonAsync<JsonElement>($"api/continuity/plans/{imported.Imported[0].Id}");
        Assert.Equal("draft", plan.GetProperty("status").GetString());
        Assert.Equal(["Promote standby", "Switch DNS"], plan.GetProperty("content").GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        Assert.Equal("01:15:00", plan.GetProperty("expectedRecovery").GetString());
        Assert.StartsWith("BCP", imported.Imported[1].Number, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_import_kinds_name_their_columns()
    {
        var kinds = await app.Http.GetFromJsonAsync<JsonElement>("api/import/kinds");

        var byKind = kinds.EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!, k => k.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList());
        Assert.Equal(["incidents", "problems", "changes", "service-requests", "services", "risks", "continuity-plans"], byKind.Keys);
        Assert.Contains("likelihood", byKind["risks"]);
        Assert.Contains("answers", byKind["service-requests"]);
        Assert.Contains("incidentIds", byKind["problems"]);
        Assert.Contains("windowStart", byKind["changes"]);
    }
}
