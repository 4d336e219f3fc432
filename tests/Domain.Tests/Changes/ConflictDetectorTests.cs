using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Domain.Changes;

namespace ItsmOrleans.Domain.Tests.Changes;

public class ConflictDetectorTests
{
    private static readonly Guid Subject = Guid.NewGuid();
    private static readonly DateTimeOffset Day = new(2026, 12, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly ChangeWindow Window = new(Day.AddHours(22), Day.AddHours(24));

    [Fact]
    public void Another_change_on_the_same_service_in_an_overlapping_window_conflicts()
    {
        var other = Other("CHG0000002", "email", "zoe", Day.AddHours(23), Day.AddHours(25));
        var conflict = Assert.Single(Detect(Context(others: [other])));
        Assert.Equal(ConflictKind.SameService, conflict.Kind);
        Assert.Equal("CHG0000002", conflict.Subject);
    }

    [Fact]
    public void Windows_that_only_touch_do_not_overlap()
    {
        var before = Other("CHG0000002", "email", "erin", Day.AddHours(20), Day.AddHours(22));
        var after = Other("CHG0000003", "email", "erin", Day.AddHours(24), Day.AddHours(26));
        Assert.Empty(Detect(Context(others: [before, after])));
    }

    [Fact]
    public void A_change_on_a_service_this_one_depends_on_or_one_that_depends_on_it_conflicts_both_ways()
    {
        var database = Other("CHG0000002", "mail-db", "zoe", Day.AddHours(22), Day.AddHours(23));
        var portal = Other("CHG0000003", "webmail", "yan", Day.AddHours(23), Day.AddHours(23.5));
        var unrelated = Other("CHG0000004", "printing", "xavier", Day.AddHours(22), Day.AddHours(24));
        var conflicts = Detect(Context(others: [database, portal, unrelated], dependsOn: ["mail-db"], dependents: ["webmail"]));
        Assert.Equal(["CHG0000002", "CHG0000003"], conflicts.Select(c => c.Subject));
        Assert.All(conflicts, c => Assert.Equal(ConflictKind.DependentService, c.Kind));
        Assert.Contains("which email depends on", conflicts[0].Message);
        Assert.Contains("which depends on email", conflicts[1].Message);
    }

    [Fact]
    public void An_implementer_booked_on_two_overlapping_changes_conflicts_whatever_the_services()
    {
        var other = Other("CHG0000005", "printing", "ERIN", Day.AddHours(21), Day.AddHours(22.5));
        var conflict = Assert.Single(Detect(Context(others: [other])));
        Assert.Equal(ConflictKind.ImplementerDoubleBooked, conflict.Kind);
    }

    [Fact]
    public void Closed_cancelled_and_reviewed_changes_no_longer_hold_their_window()
    {
        var others = new[] { ChangeStatus.Closed, ChangeStatus.Cancelled, ChangeStatus.Review }
            .Select((status, i) => Other($"CHG000001{i}", "email", "erin", Day.AddHours(22), Day.AddHours(24)) with { Status = status })
            .ToList();
        Assert.Empty(Detect(Context(others: others)));
    }

    [Fact]
    public void A_freeze_conflicts_when_it_covers_the_service_or_every_service()
    {
        var yearEnd = new FreezePeriod("year-end", "Year end", Day.AddHours(23), Day.AddDays(10), [], null);
        var billingOnly = new FreezePeriod("billing", "Billing run", Day, Day.AddDays(1), ["billing"], null);
        var conflict = Assert.Single(Detect(Context(freezes: [yearEnd, billingOnly])));
        Assert.Equal(ConflictKind.Freeze, conflict.Kind);
        Assert.Equal("year-end", conflict.Subject);
    }

    [Fact]
    public void A_window_outside_the_service_maintenance_windows_conflicts_only_when_the_service_defines_some()
    {
        Assert.Equal(ConflictKind.OutsideMaintenanceWindow, Assert.Single(Detect(Context(inside: false))).Kind);
        Assert.Empty(Detect(Context(inside: true)));
        Assert.Empty(Detect(Context(inside: null)));
    }

    [Fact]
    public void The_change_itself_and_a_change_without_window_never_conflict()
    {
        var itself = Other("CHG0000001", "email", "erin", Day.AddHours(22), Day.AddHours(24)) with { Id = Subject };
        Assert.Empty(Detect(Context(others: [itself])));
        Assert.Empty(ConflictDetector.Detect(Subject, "email", "erin", null, Context(inside: false)));
    }

    private static IReadOnlyList<ChangeConflict> Detect(ScheduleContext context) =>
        ConflictDetector.Detect(Subject, "email", "erin", Window, context);

    private static ScheduleContext Context(
        IReadOnlyList<ChangeSummary>? others = null, string[]? dependsOn = null, string[]? dependents = null,
        IReadOnlyList<FreezePeriod>? freezes = null, bool? inside = null) =>
        new(others ?? [], new HashSet<string>(dependsOn ?? []), new HashSet<string>(dependents ?? []), freezes ?? [], inside);

    private static ChangeSummary Other(string number, string service, string implementer, DateTimeOffset start, DateTimeOffset end) =>
        new(Guid.NewGuid(), number, ChangeType.Normal, ChangeStatus.Scheduled, "other", service, implementer, new ChangeWindow(start, end),
            RiskLevel.Low, [], 0, null, start, 1, 1);
}
