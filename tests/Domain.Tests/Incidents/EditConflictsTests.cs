using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Grains.Incidents;

namespace ItsmOrleans.Domain.Tests.Incidents;

public class EditConflictsTests
{
    private static readonly DateTimeOffset At = new(2030, 5, 6, 9, 0, 0, TimeSpan.Zero);

    private static readonly HistoryEntry[] History =
    [
        new(1, 1, At, "ann", HistoryKind.Created, [new FieldChange("title", null, "Mail down")]),
        new(2, 2, At.AddMinutes(1), "bob", HistoryKind.DetailsUpdated, [new FieldChange("title", "Mail down", "Mail down in Lyon")]),
        new(3, 3, At.AddMinutes(2), "cid", HistoryKind.DetailsUpdated, [new FieldChange("urgency", "medium", "high"), new FieldChange("priority", "P3", "P2")]),
    ];

    [Fact]
    public void An_edit_from_an_older_version_merges_when_it_sets_fields_nobody_changed_since()
    {
        var touched = EditConflicts.Touched(new UpdateIncidentDetails(Description: "Since 08:40"));
        Assert.Empty(EditConflicts.Find(History, 1, touched));
    }

    [Fact]
    public void An_edit_of_a_field_changed_since_shows_both_values_and_who_changed_it()
    {
        var touched = EditConflicts.Touched(new UpdateIncidentDetails(Title: "Mail down everywhere ", Description: "x"));
        var conflict = Assert.Single(EditConflicts.Find(History, 1, touched));
        Assert.Equal(new Contracts.Common.FieldConflict("title", "Mail down everywhere", "Mail down in Lyon", "bob", At.AddMinutes(1)), conflict);
    }

    [Fact]
    public void Setting_the_value_someone_else_already_set_is_no_conflict()
    {
        Assert.Empty(EditConflicts.Find(History, 1, EditConflicts.Touched(new UpdateIncidentDetails(Title: "Mail down in Lyon"))));
        Assert.Empty(EditConflicts.Find(History, 2, EditConflicts.Touched(new UpdateIncidentDetails(Urgency: Urgency.High))));
    }

    [Fact]
    public void Only_changes_after_the_version_the_edit_was_based_on_count()
    {
        Assert.Empty(EditConflicts.Find(History, 2, EditConflicts.Touched(new UpdateIncidentDetails(Title: "Mail slow"))));
        Assert.Single(EditConflicts.Find(History, 2, EditConflicts.Touched(new UpdateIncidentDetails(Urgency: Urgency.Low))));
    }

    [Fact]
    public void Comments_touch_no_field_and_assignment_touches_only_what_it_names()
    {
        Assert.Empty(EditConflicts.Touched(new AddComment("hello", CommentVisibility.Public)));
        Assert.Equal(["assignee"], EditConflicts.Touched(new AssignIncident(null, "dee")).Keys);
        Assert.Equal(["status"], EditConflicts.Touched(new ChangeIncidentStatus(IncidentStatus.InProgress)).Keys);
    }
}
