using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Licences;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Vendors;
using ItsmOrleans.Hosting.Database;
using ItsmOrleans.Hosting.ReadModel;

namespace ItsmOrleans.Web.Tests.ReadModels;

/// <summary>The read models' SQL on both databases the product runs on: the same rows in, the same answers out.</summary>
[Trait("Category", "Database")]
public class ReadModelTests(ReadModelDatabases databases) : IClassFixture<ReadModelDatabases>
{
    private static readonly DateTimeOffset Day = new(2031, 3, 4, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<DatabaseProvider> Providers() => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    private static ChangeSummary Change(string number, string service, double from, double to, int revision = 1, ChangeStatus status = ChangeStatus.Scheduled, ChangeOutcome? outcome = null) =>
        new(Guid.NewGuid(), number, ChangeType.Normal, status, "Patch", service, "erin", new ChangeWindow(Day.AddHours(from), Day.AddHours(to)),
            RiskLevel.Low, [], 0, outcome, Day, revision, revision);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Changes_are_found_by_overlapping_window_and_failed_outcomes_are_counted(DatabaseProvider provider)
    {
        var changes = new SqlChangeReadModel(databases.For(provider));
        var service = $"svc-{provider}-{Guid.NewGuid():N}"[..20];
        var number = Random.Shared.Next(1_000_000, 9_000_000);
        var inside = Change($"CHG{number:D7}", service, 10, 12);
        var outside = Change($"CHG{number + 1:D7}", service, 30, 31);
        var failed = Change($"CHG{number + 2:D7}", service, 1, 2, status: ChangeStatus.Review, outcome: ChangeOutcome.BackedOut);
        foreach (var change in new[] { inside, outside, failed })
        {
            await changes.Upsert(change, CancellationToken.None);
        }

        await changes.Upsert(inside with { Title = "stale", Revision = 0 }, CancellationToken.None);

        var overlapping = await changes.Overlapping(new ChangeWindow(Day.AddHours(11), Day.AddHours(13)), 100, CancellationToken.None);
        Assert.Contains(overlapping, c => c.Id == inside.Id && c.Title == "Patch");
        Assert.DoesNotContain(overlapping, c => c.Id == outside.Id || c.Id == failed.Id);
        Assert.Equal(1, await changes.FailedSince(service, Day.AddDays(-1), CancellationToken.None));
        var calendar = await changes.Calendar(Day, Day.AddDays(1), service, 100, CancellationToken.None);
        Assert.Equal([failed.Number, inside.Number], calendar.Select(c => c.Number));
        var page = await changes.Query(new ChangeQuery(ServiceId: service, Limit: 2), CancellationToken.None);
        var next = await changes.Query(new ChangeQuery(ServiceId: service, Limit: 2, After: page.NextCursor), CancellationToken.None);
        Assert.Equal(3, page.Items.Concat(next.Items).Select(c => c.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Known_errors_are_searched_by_every_word_and_wildcards_are_literal(DatabaseProvider provider)
    {
        var problems = new SqlProblemReadModel(databases.For(provider));
        var word = SearchWords.Unique("wwrd");
        var number = Random.Shared.Next(1_000_000, 9_000_000);
        var known = new ProblemSummary(Guid.NewGuid(), $"PRB{number:D7}", $"Outlook {word} crash", ProblemStatus.RootCauseAnalysis, null,
            "Crashes on start", "Add-in 100% CPU", "Disable the add_in", KnownError: true, 2, Day, 1, 1);
        var notKnown = known with { Id = Guid.NewGuid(), Number = $"PRB{number + 1:D7}", KnownError = false };
        await problems.Upsert(known, CancellationToken.None);
        await problems.Upsert(notKnown, CancellationToken.None);

        Assert.Equal([known.Number], (await problems.SearchKnownErrors($"{word.ToUpperInvariant()} add-in", 10, CancellationToken.None)).Select(p => p.Number));
        Assert.Single(await problems.SearchKnownErrors($"{word} 100%", 10, CancellationToken.None));
        Assert.Empty(await problems.SearchKnownErrors($"{word} 1_0%", 10, CancellationToken.None));
        Assert.Empty(await problems.SearchKnownErrors($"{word} printer", 10, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Major_incidents_licences_notices_and_vendor_contracts_round_trip(DatabaseProvider provider)
    {
        var database = databases.For(provider);
        var number = Random.Shared.Next(1_000_000, 9_000_000);
        var majorIncidents = new SqlMajorIncidentReadModel(database);
        var active = new MajorIncidentSummary(Guid.NewGuid(), $"MIM{number:D7}", "Outage", MajorIncidentStatus.Active, "carla", "INC0000001", 1, Day, Day.AddMinutes(30), UpdateDueState.OnTrack, Day, 1, 1);
        await majorIncidents.Upsert(active, CancellationToken.None);
        await majorIncidents.Upsert(active with { Id = Guid.NewGuid(), Number = $"MIM{number + 1:D7}", Status = MajorIncidentStatus.Closed }, CancellationToken.None);
        Assert.Contains(await majorIncidents.List(all: false, 500, CancellationToken.None), m => m.Id == active.Id);
        Assert.DoesNotContain(await majorIncidents.List(all: false, 500, CancellationToken.None), m => m.Status == MajorIncidentStatus.Closed);

        var licences = new SqlLicenceReadModel(database);
        var key = $"licence:l{number}";
        await licences.Upsert(new LicenceSummary($"l{number}", "Visio", "Microsoft", 1, 2, LicenceCompliance.Over, null, 3), CancellationToken.None);
        await licences.Upsert(new BoardNotice(key, NoticeKind.LicenceOverused, "over", Day, Active: true, 3), CancellationToken.None);
        await licences.Upsert(new BoardNotice(key, NoticeKind.LicenceOverused, "stale", Day, Active: false, 2), CancellationToken.None);
        Assert.Contains(await licences.ListActive(CancellationToken.None), n => n.Key == key && n.Text == "over");
        Assert.Equal(LicenceCompliance.Over, (await licences.List(CancellationToken.None)).Single(l => l.Id == $"l{number}").Compliance);

        var contracts = new SqlVendorContractReadModel(database);
        var contract = new VendorContractView($"c{number}", "Acme", "Support", ["sap", "crm"], null, TimeSpan.FromMinutes(30), null,
            new DateOnly(2031, 1, 1), new DateOnly(2031, 12, 31), 30, VendorContractStatus.Active, 2);
        await contracts.Upsert(contract, CancellationToken.None);
        await contracts.Upsert(contract with { ServiceIds = ["sap"], Version = 3 }, CancellationToken.None);
        await contracts.Upsert(contract with { ServiceIds = ["hr"], Version = 1 }, CancellationToken.None);
        Assert.Contains(await contracts.Covering("sap", CancellationToken.None), c => c.Id == contract.Id);
        Assert.DoesNotContain(await contracts.Covering("crm", CancellationToken.None), c => c.Id == contract.Id);
        Assert.DoesNotContain(await contracts.Covering("hr", CancellationToken.None), c => c.Id == contract.Id);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Service_requests_are_listed_for_their_requester_or_for_everyone(DatabaseProvider provider)
    {
        var requests = new SqlServiceRequestReadModel(databases.For(provider));
        var number = Random.Shared.Next(1_000_000, 9_000_000);
        var who = $"rita-{number}";
        var mine = new ServiceRequestSummary(Guid.NewGuid(), $"REQ{number:D7}", "Laptop", ServiceRequestStatus.InFulfilment, who, who, "desktop", Day, Day, 2);
        var forMe = mine with { Id = Guid.NewGuid(), Number = $"REQ{number + 1:D7}", RequestedBy = "dave", RequestedFor = who.ToUpperInvariant() };
        var other = mine with { Id = Guid.NewGuid(), Number = $"REQ{number + 2:D7}", RequestedBy = "sam", RequestedFor = "sam" };
        foreach (var request in new[] { mine, forMe, other })
        {
            await requests.Upsert(request, CancellationToken.None);
        }

        await requests.Upsert(mine with { Status = ServiceRequestStatus.New, Revision = 1 }, CancellationToken.None);

        var own = await requests.List(who, 100, CancellationToken.None);
        Assert.Equal([forMe.Number, mine.Number], own.Select(r => r.Number));
        Assert.Equal(ServiceRequestStatus.InFulfilment, own.Single(r => r.Id == mine.Id).Status);
        Assert.Contains(await requests.List(null, 1000, CancellationToken.None), r => r.Id == other.Id);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_fulfilment_queue_holds_the_open_tasks_of_the_newest_request_row_only(DatabaseProvider provider)
    {
        var requests = new SqlServiceRequestReadModel(databases.For(provider));
        var number = Random.Shared.Next(1_000_000, 9_000_000);
        var group = $"desk-{number}";
        static FulfilmentTask Task(int n, string group, string? assignee = null) => new(n, $"Step {n}", group, assignee, false, null, null, null);
        var request = new ServiceRequestSummary(Guid.NewGuid(), $"REQ{number:D7}", "Laptop", ServiceRequestStatus.InFulfilment, "rita", "rita", group, Day, Day, 2,
            [Task(1, group), Task(2, group, "Bob")]);
        var older = request with { Id = Guid.NewGuid(), Number = $"REQ{number - 1:D7}", OpenTasks = [Task(1, group)] };
        await requests.Upsert(request, CancellationToken.None);
        await requests.Upsert(older, CancellationToken.None);
        await requests.Upsert(request with { Revision = 1, OpenTasks = [] }, CancellationToken.None);

        var queue = await requests.OpenTasks(group.ToUpperInvariant(), null, 100, CancellationToken.None);
        Assert.Equal([(older.Number, 1), (request.Number, 1), (request.Number, 2)], queue.Select(t => (t.RequestNumber, t.Task.Number)));
        Assert.Equal([(request.Number, 2)], (await requests.OpenTasks(group, "bob", 100, CancellationToken.None)).Select(t => (t.RequestNumber, t.Task.Number)));

        await requests.Upsert(request with { Revision = 3, Status = ServiceRequestStatus.Fulfilled, OpenTasks = [] }, CancellationToken.None);
        Assert.Equal([older.Number], (await requests.OpenTasks(group, null, 100, CancellationToken.None)).Select(t => t.RequestNumber));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Alerts_are_listed_newest_first_by_status_service_and_incident_and_an_older_revision_never_wins(DatabaseProvider provider)
    {
        var alerts = new SqlAlertReadModel(databases.For(provider));
        var service = $"svc-{provider}-{Guid.NewGuid():N}"[..24];
        var incident = Guid.NewGuid();
        var integration = new IntegrationKeyView("R0123456789abcdefghij", "Prometheus", service, "R0123456789abcdefghij");
        Task Upsert(string dedup, AlertStatus status, int minutes, long revision = 1, int count = 1)
        {
            var key = AlertKeys.Alert(integration, dedup);
            return alerts.Upsert(key, new AlertSummary(AlertIds.Of(key), dedup, "Prometheus", service, "db", status, "error", $"{dedup} failing", "db-1",
                count, false, Day, Day.AddMinutes(minutes), incident, "INC0000001", revision), CancellationToken.None);
        }

        await Upsert("disk{db-1}", AlertStatus.Triggered, 1);
        await Upsert("cpu", AlertStatus.Acknowledged, 2);
        await Upsert("mem", AlertStatus.Resolved, 3);
        await Upsert("disk{db-1}", AlertStatus.Triggered, 4, revision: 5, count: 40);
        await Upsert("disk{db-1}", AlertStatus.Triggered, 5, revision: 4, count: 39);

        var listed = await alerts.List(new AlertFilter(ServiceId: service), 100, CancellationToken.None);
        Assert.Equal(["disk{db-1}", "mem", "cpu"], listed.Select(a => a.DedupKey));
        Assert.Equal(40, listed[0].Count);
        Assert.Equal(["mem"], (await alerts.List(new AlertFilter(AlertStatus.Resolved, service, incident), 100, CancellationToken.None)).Select(a => a.DedupKey));
        Assert.Empty(await alerts.List(new AlertFilter(ServiceId: service, IncidentId: Guid.NewGuid()), 100, CancellationToken.None));
        var byDedupKey = Assert.Single(await alerts.List(new AlertFilter(ServiceId: service, DedupKey: "disk{db-1}"), 100, CancellationToken.None));
        Assert.Equal(AlertKeys.Alert(integration, "disk{db-1}"), await alerts.KeyOf(byDedupKey.Id, CancellationToken.None));
        Assert.Null(await alerts.KeyOf(Guid.NewGuid(), CancellationToken.None));
        var open = await alerts.ListOpen(1000, CancellationToken.None);
        Assert.Equal(["disk{db-1}", "cpu"], open.Where(a => a.ServiceId == service).Select(a => a.DedupKey));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Alerts_stored_before_they_had_ids_get_their_id_and_dedup_key_from_the_upgrade_and_lists_never_show_their_key(DatabaseProvider provider)
    {
        var database = databases.For(provider);
        var alerts = new SqlAlertReadModel(database);
        var service = $"svc-{provider}-{Guid.NewGuid():N}"[..24];
        var legacyKey = $"Rlegacy{Guid.NewGuid():N}/disk%7Bdb-1%7D";
        var stored = new AlertSummary(Guid.Empty, "disk{db-1}", "Prometheus", service, null, AlertStatus.Triggered, "error", "Disk full", "db-1",
            1, false, Day, Day, null, null, 1);
        await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO alerts (alert_key, status, service_id, incident_id, last_seen, revision, summary_json)
                VALUES (@key, 'triggered', @service, NULL, @last_seen, 1, @json)
                """;
            var legacyJson = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(stored, ReadModelJson.Options))!.AsObject();
            legacyJson.Remove("id");
            legacyJson["key"] = legacyKey;
            foreach (var (name, value) in new (string, object)[] { ("key", legacyKey), ("service", service), ("last_seen", database.TimeValue(Day)), ("json", legacyJson.ToJsonString()) })
            {
                var parameter = insert.CreateParameter();
                (parameter.ParameterName, parameter.Value) = (name, value);
                insert.Parameters.Add(parameter);
            }

            await insert.ExecuteNonQueryAsync();

            await new AlertIdUpgrade().Run(connection, CancellationToken.None);
        }

        var listed = Assert.Single(await alerts.List(new AlertFilter(ServiceId: service, DedupKey: "disk{db-1}"), 10, CancellationToken.None));
        Assert.Equal(AlertIds.Of(legacyKey), listed.Id);
        Assert.Equal(legacyKey, await alerts.KeyOf(listed.Id, CancellationToken.None));
        Assert.DoesNotContain("Rlegacy", JsonSerializer.Serialize(listed, ReadModelJson.Options), StringComparison.Ordinal);
    }
}
