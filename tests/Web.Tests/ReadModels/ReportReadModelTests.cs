using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Hosting.Database;
using ItsmOrleans.Hosting.ReadModel;

namespace ItsmOrleans.Web.Tests.ReadModels;

/// <summary>The ticket history on both databases: the same facts in, the same figures out, each fact counted once.</summary>
[Trait("Category", "Database")]
public class ReportReadModelTests(ReadModelDatabases databases) : IClassFixture<ReadModelDatabases>
{
    private static readonly DateTimeOffset Day = new(2031, 3, 2, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<DatabaseProvider> Providers() => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    private static string NewGroup() => "grp-" + Guid.NewGuid().ToString("N")[..10];

    private static TicketHistoryEvent Fact(Guid id, string name, DateTimeOffset at, string group, int priority = 3, DateTimeOffset? openedAt = null,
        int ordinal = 1, string? outcome = null, string kind = TicketKinds.Incident, string service = "mail", int delta = 0) =>
        new(kind, id, "INC0000001", name, ordinal, at, outcome, priority, service, group, openedAt ?? Day, openedAt is null ? null : at - openedAt, delta, 1);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Durations_are_grouped_per_priority_and_second_and_a_repeated_write_counts_once(DatabaseProvider provider)
    {
        var model = new SqlReportReadModel(databases.For(provider));
        var group = NewGroup();
        var facts = new[]
        {
            Fact(Guid.NewGuid(), TicketHistoryEvents.Acknowledged, Day.AddMinutes(10), group, 1, Day),
            Fact(Guid.NewGuid(), TicketHistoryEvents.Acknowledged, Day.AddMinutes(10).AddSeconds(30), group, 1, Day),
            Fact(Guid.NewGuid(), TicketHistoryEvents.Acknowledged, Day.AddHours(2), group, 3, Day),
            Fact(Guid.NewGuid(), TicketHistoryEvents.Acknowledged, Day.AddDays(5), group, 3, Day.AddDays(5).AddHours(-1)),
        };
        await model.Append(facts, CancellationToken.None);
        await model.Append(facts, CancellationToken.None);

        var buckets = await model.Durations(TicketKinds.Incident, TicketHistoryEvents.Acknowledged,
            new ReportFilter(Day, Day.AddDays(1), ReportGrouping.Priority, AssignmentGroup: group), CancellationToken.None);
        Assert.Equal(
            [new DurationBucket("P1", 600, 1), new DurationBucket("P1", 630, 1), new DurationBucket("P3", 7200, 1)],
            buckets.OrderBy(b => b.Group).ThenBy(b => b.Seconds));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Durations_count_the_first_resolution_of_a_ticket_even_where_a_later_one_was_stored_with_a_duration(DatabaseProvider provider)
    {
        var model = new SqlReportReadModel(databases.For(provider));
        var group = NewGroup();
        var reopened = Guid.NewGuid();
        // Written before resolutions after a reopen lost their duration: the second still carries one.
        await model.Append(
        [
            Fact(reopened, TicketHistoryEvents.Resolved, Day.AddMinutes(30), group, openedAt: Day),
            Fact(reopened, TicketHistoryEvents.Resolved, Day.AddHours(3), group, openedAt: Day, ordinal: 2),
        ], CancellationToken.None);

        var buckets = await model.Durations(TicketKinds.Incident, TicketHistoryEvents.Resolved,
            new ReportFilter(Day, Day.AddDays(1), ReportGrouping.AssignmentGroup, AssignmentGroup: group), CancellationToken.None);
        Assert.Equal([new DurationBucket(group, 1800, 1)], buckets);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Outcomes_are_counted_per_group_in_the_range_and_filters_narrow_them(DatabaseProvider provider)
    {
        var model = new SqlReportReadModel(databases.For(provider));
        var group = NewGroup();
        await model.Append(
        [
            Fact(Guid.NewGuid(), TicketHistoryEvents.SlaResponse, Day.AddHours(1), group, outcome: TicketHistoryEvents.Met, service: "mail"),
            Fact(Guid.NewGuid(), TicketHistoryEvents.SlaResponse, Day.AddHours(2), group, outcome: TicketHistoryEvents.Breached, service: "mail"),
            Fact(Guid.NewGuid(), TicketHistoryEvents.SlaResponse, Day.AddHours(3), group, outcome: TicketHistoryEvents.Met, service: "vpn"),
            Fact(Guid.NewGuid(), TicketHistoryEvents.SlaResponse, Day.AddDays(-1), group, outcome: TicketHistoryEvents.Met, service: "vpn"),
        ], CancellationToken.None);

        var filter = new ReportFilter(Day, Day.AddDays(1), ReportGrouping.Service, AssignmentGroup: group);
        var all = await model.Outcomes(TicketKinds.Incident, TicketHistoryEvents.SlaResponse, filter, CancellationToken.None);
        Assert.Equal(
            [new OutcomeCount("mail", "breached", 1), new OutcomeCount("mail", "met", 1), new OutcomeCount("vpn", "met", 1)],
            all.OrderBy(c => c.Group).ThenBy(c => c.Outcome));
        var vpn = await model.Outcomes(TicketKinds.Incident, TicketHistoryEvents.SlaResponse, filter with { ServiceId = "vpn" }, CancellationToken.None);
        Assert.Equal([new OutcomeCount("vpn", "met", 1)], vpn);
        Assert.Empty(await model.Outcomes(TicketKinds.Change, TicketHistoryEvents.SlaResponse, filter, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_backlog_is_the_sum_of_entries_and_exits_day_by_day_and_by_age_at_the_end(DatabaseProvider provider)
    {
        var model = new SqlReportReadModel(databases.For(provider));
        var group = NewGroup();
        var early = Guid.NewGuid();
        var resolvedInRange = Guid.NewGuid();
        var openedInRange = Guid.NewGuid();
        var earlyOpened = Day.AddDays(-40);
        await model.Append(
        [
            Fact(early, TicketHistoryEvents.Opened, earlyOpened, group, openedAt: earlyOpened, delta: 1),
            Fact(resolvedInRange, TicketHistoryEvents.Opened, Day.AddDays(-2), group, openedAt: Day.AddDays(-2), delta: 1),
            Fact(resolvedInRange, TicketHistoryEvents.Resolved, Day.AddDays(1).AddHours(5), group, openedAt: Day.AddDays(-2), delta: -1),
            Fact(openedInRange, TicketHistoryEvents.Opened, Day.AddDays(2).AddHours(1), group, openedAt: Day.AddDays(2).AddHours(1), delta: 1),
            Fact(openedInRange, TicketHistoryEvents.Acknowledged, Day.AddDays(2).AddHours(2), group, openedAt: Day.AddDays(2).AddHours(1)),
        ], CancellationToken.None);

        var end = Day.AddDays(3);
        var figures = await model.Backlog(new ReportFilter(Day, end, ReportGrouping.Priority, AssignmentGroup: group), BacklogAges.Boundaries(end), CancellationToken.None);
        Assert.Equal(2, figures.AtStart);
        Assert.Equal(new Dictionary<string, long> { ["2031-03-03"] = -1, ["2031-03-04"] = 1 }, figures.NetChangeByDay);
        Assert.Equal(new Dictionary<int, long> { [0] = 1, [4] = 1, }, figures.AtEndByAge.Where(a => a.Value != 0).ToDictionary());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_backlog_of_a_past_range_ignores_what_happened_after_it_follows_priority_moves_and_counts_a_repeated_fact_once(DatabaseProvider provider)
    {
        var model = new SqlReportReadModel(databases.For(provider));
        var group = NewGroup();
        var resolvedLater = Guid.NewGuid();
        var raised = Guid.NewGuid();
        var openedLater = Guid.NewGuid();
        TicketHistoryEvent[] facts =
        [
            Fact(resolvedLater, TicketHistoryEvents.Opened, Day.AddDays(-10), group, openedAt: Day.AddDays(-10), delta: 1),
            Fact(resolvedLater, TicketHistoryEvents.Resolved, Day.AddDays(5), group, openedAt: Day.AddDays(-10), delta: -1),
            Fact(raised, TicketHistoryEvents.Opened, Day.AddDays(1), group, openedAt: Day.AddDays(1), delta: 1),
            Fact(raised, TicketHistoryEvents.MovedOut, Day.AddDays(2), group, openedAt: Day.AddDays(1), delta: -1),
            Fact(raised, TicketHistoryEvents.MovedIn, Day.AddDays(2), group, priority: 1, openedAt: Day.AddDays(1), delta: 1),
            Fact(raised, TicketHistoryEvents.Resolved, Day.AddDays(10), group, priority: 1, openedAt: Day.AddDays(1), delta: -1),
            Fact(openedLater, TicketHistoryEvents.Opened, Day.AddDays(4), group, openedAt: Day.AddDays(4), delta: 1),
        ];
        await model.Append(facts, CancellationToken.None);
        await model.Append(facts, CancellationToken.None);

        var end = Day.AddDays(3);
        var range = new ReportFilter(Day, end, ReportGrouping.Priority, AssignmentGroup: group);
        var all = await model.Backlog(range, BacklogAges.Boundaries(end), CancellationToken.None);
        Assert.Equal(1, all.AtStart);
        Assert.Equal(new Dictionary<int, long> { [1] = 1, [3] = 1 }, all.AtEndByAge.Where(a => a.Value != 0).ToDictionary());

        var urgent = await model.Backlog(range with { Priority = 1 }, BacklogAges.Boundaries(end), CancellationToken.None);
        Assert.Equal(0, urgent.AtStart);
        Assert.Equal(new Dictionary<string, long> { ["2031-03-04"] = 1 }, urgent.NetChangeByDay);
        Assert.Equal(new Dictionary<int, long> { [1] = 1 }, urgent.AtEndByAge.Where(a => a.Value != 0).ToDictionary());

        var normal = await model.Backlog(range with { Priority = 3 }, BacklogAges.Boundaries(end), CancellationToken.None);
        Assert.Equal(1, normal.AtStart);
        Assert.Equal(new Dictionary<string, long> { ["2031-03-03"] = 1, ["2031-03-04"] = -1 }, normal.NetChangeByDay);
        Assert.Equal(new Dictionary<int, long> { [3] = 1 }, normal.AtEndByAge.Where(a => a.Value != 0).ToDictionary());

        var now = await model.Backlog(new ReportFilter(Day.AddDays(9), Day.AddDays(11), ReportGrouping.Priority, AssignmentGroup: group),
            BacklogAges.Boundaries(Day.AddDays(11)), CancellationToken.None);
        Assert.Equal(2, now.AtStart);
        Assert.Equal(new Dictionary<int, long> { [3] = 1 }, now.AtEndByAge.Where(a => a.Value != 0).ToDictionary());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_long_history_is_written_whole(DatabaseProvider provider)
    {
        var model = new SqlReportReadModel(databases.For(provider));
        var group = NewGroup();
        var id = Guid.NewGuid();
        await model.Append([.. Enumerable.Range(1, 1_201).Select(n => Fact(id, TicketHistoryEvents.MovedIn, Day.AddSeconds(n), group, ordinal: n))], CancellationToken.None);

        var moves = await model.Outcomes(TicketKinds.Incident, TicketHistoryEvents.MovedIn, new ReportFilter(Day, Day.AddDays(1), ReportGrouping.AssignmentGroup, AssignmentGroup: group), CancellationToken.None);
        Assert.Equal([new OutcomeCount(group, null, 1_201)], moves);
    }
}
