using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.Extensions;

namespace ItsmOrleans.Web.Tests.Boards;

/// <summary>The patch rule: a board receives only the fields that changed, and merging the patch rebuilds the new row.</summary>
public class RowPatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly IncidentSummary Shown = new(
        Guid.NewGuid(), "INC0000042", "Email delayed", Priority.P2, IncidentStatus.New, "email", "network", null, "bob", Now, Now, 1, 1,
        new SlaClockView(SlaClockKind.Response, SlaClockState.Running, TimeSpan.FromMinutes(30), TimeSpan.Zero, Now, Now.AddMinutes(30), null, null),
        new SlaClockView(SlaClockKind.Resolution, SlaClockState.Running, TimeSpan.FromHours(4), TimeSpan.Zero, Now, Now.AddHours(4), null, null));

    private static string Json(IncidentSummary row) => JsonSerializer.Serialize(row, ApiJson.Options);

    [Fact]
    public void Assigning_sends_the_assignee_status_and_the_response_clock_fields_that_moved_not_the_row()
    {
        var later = Now.AddMinutes(5);
        var assigned = Shown with
        {
            Assignee = "alice",
            Status = IncidentStatus.Assigned,
            UpdatedAt = later,
            Version = 2,
            Revision = 2,
            Response = Shown.Response with { State = SlaClockState.Stopped, Elapsed = TimeSpan.FromMinutes(5), AsOf = later, DueAt = null, StoppedAt = later },
        };

        var patch = RowPatch.Between(Shown, assigned, ApiJson.Options);

        Assert.Equal(["id", "status", "assignee", "updatedAt", "version", "revision", "response"], patch.Select(p => p.Key));
        Assert.Equal(["state", "elapsed", "asOf", "dueAt", "stoppedAt", "remaining"], patch["response"]!.AsObject().Select(p => p.Key));
        Assert.True(patch.ToJsonString().Length < Json(assigned).Length / 2);
    }

    [Fact]
    public void Merging_a_patch_into_the_shown_row_gives_the_new_row_including_values_set_back_to_null()
    {
        var moved = Shown with { AssignmentGroup = null, ServiceId = "calendar", Priority = Priority.P1, Revision = 3, Version = 3, Resolution = Shown.Resolution with { Target = TimeSpan.FromHours(1), DueAt = Now.AddHours(1) } };

        var merged = PatchedRow.Apply(Shown, RowPatch.Between(Shown, moved, ApiJson.Options));

        Assert.Equal(Json(moved), Json(merged));
        Assert.Null(merged.AssignmentGroup);
    }
}
