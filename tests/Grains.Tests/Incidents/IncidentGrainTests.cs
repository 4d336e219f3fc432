using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Hosting.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace ItsmOrleans.Grains.Tests.Incidents;

[Collection(ClusterTests.Name)]
public class IncidentGrainTests(ClusterFixture fixture)
{
    private static CommandContext As(string actor, int? version = null, string? requestId = null) => new(Callers.Admin(actor), version, requestId);

    private static CreateIncident MailDown(string? assignee = null) =>
        new("Mail down", "No mail since 08:50", Impact.High, Urgency.High, "bob", "email", "messaging", assignee);

    private IIncidentGrain NewIncident() => fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());

    [Fact]
    public async Task A_new_incident_has_a_number_a_priority_and_running_sla_clocks()
    {
        var view = await NewIncident().Create(As("alice"), MailDown());

        Assert.Matches("^INC[0-9]{7}$", view.Number);
        Assert.Equal(Priority.P1, view.Priority);
        Assert.Equal(IncidentStatus.New, view.Status);
        Assert.Equal(1, view.Version);
        Assert.Equal(SlaClockState.Running, view.Sla.Response.State);
        Assert.Equal(view.CreatedAt + TimeSpan.FromMinutes(15), view.Sla.Response.DueAt);
        Assert.Equal(view.CreatedAt + TimeSpan.FromHours(4), view.Sla.Resolution.DueAt);
    }

    [Fact]
    public async Task Numbers_are_never_handed_out_twice_even_when_incidents_are_raised_at_once()
    {
        var views = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => NewIncident().Create(As("alice"), MailDown())));
        Assert.Equal(views.Length, views.Select(v => v.Number).Distinct().Count());
    }

    [Fact]
    public async Task A_command_from_a_stale_version_that_sets_a_field_changed_since_is_refused_and_changes_nothing()
    {
        var incident = NewIncident();
        await incident.Create(As("alice"), MailDown());
        await incident.Assign(As("alice", version: 1), new AssignIncident(null, "alice"));

        var conflict = await Assert.ThrowsAsync<EditConflictException>(() =>
            incident.Assign(As("carol", version: 1), new AssignIncident(null, "carol")));

        Assert.Equal(2, conflict.CurrentVersion);
        Assert.Equal(new FieldConflict("assignee", "carol", "alice", "alice", conflict.Conflicts[0].ChangedAt), Assert.Single(conflict.Conflicts));
        Assert.Equal("alice", (await incident.Get(Callers.Admin("reader"))).Assignee);
    }

    [Fact]
    public async Task A_version_from_the_future_is_refused()
    {
        var incident = NewIncident();
        await incident.Create(As("alice"), MailDown());

        var conflict = await Assert.ThrowsAsync<VersionConflictException>(() => incident.UpdateDetails(As("carol", version: 7), new UpdateIncidentDetails(Title: "x")));
        Assert.Equal(1, conflict.CurrentVersion);
    }

    [Fact]
    public async Task A_retried_command_with_the_same_idempotency_key_is_applied_once()
    {
        var incident = NewIncident();
        var created = await incident.Create(As("alice", requestId: "create-1"), MailDown());
        var again = await incident.Create(As("alice", requestId: "create-1"), MailDown());
        Assert.Equal(created.Number, again.Number);

        await incident.AddComment(As("alice", requestId: "c-1"), new AddComment("Looking", CommentVisibility.Public));
        await incident.AddComment(As("alice", requestId: "c-1"), new AddComment("Looking", CommentVisibility.Public));
        Assert.Single(await incident.GetComments(Callers.Admin("reader")));

        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() =>
            incident.AddComment(As("alice", requestId: "c-1"), new AddComment("Something else", CommentVisibility.Public)));
    }

    [Fact]
    public async Task A_transition_the_workflow_forbids_is_refused_with_the_allowed_ones()
    {
        var incident = NewIncident();
        await incident.Create(As("alice"), MailDown());
        var refused = await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            incident.ChangeStatus(As("alice"), new ChangeIncidentStatus(IncidentStatus.Closed)));
        Assert.Equal(["assigned", "inProgress", "cancelled"], refused.Allowed);
    }

    [Fact]
    public async Task History_records_who_changed_what_from_which_value_to_which()
    {
        var incident = NewIncident();
        await incident.Create(As("alice"), MailDown());
        await incident.Assign(As("dispatcher"), new AssignIncident(null, "carol"));
        await incident.ChangeStatus(As("carol"), new ChangeIncidentStatus(IncidentStatus.InProgress));
        await incident.UpdateDetails(As("carol"), new UpdateIncidentDetails(Urgency: Urgency.Low));

        var history = await incident.GetHistory(Callers.Admin("reader"));

        Assert.Equal([HistoryKind.Created, HistoryKind.Assigned, HistoryKind.StatusChanged, HistoryKind.DetailsUpdated], history.Select(h => h.Kind));
        Assert.Equal(["alice", "dispatcher", "carol", "carol"], history.Select(h => h.Actor));
        Assert.Contains(history[2].Changes, c => c is { Field: "status", Old: "assigned", New: "inProgress" });
        Assert.Contains(history[3].Changes, c => c is { Field: "priority", Old: "P1", New: "P3" });
        Assert.Equal([1, 2, 3, 4], history.Select(h => h.Version));
    }

    [Fact]
    public async Task Comments_and_work_notes_are_kept_in_order_with_their_visibility()
    {
        var incident = NewIncident();
        await incident.Create(As("alice"), MailDown());
        await incident.AddComment(As("carol"), new AddComment("Checking the MX records", CommentVisibility.WorkNote));
        await incident.AddComment(As("carol"), new AddComment("We are on it", CommentVisibility.Public));

        var comments = await incident.GetComments(Callers.Admin("reader"));

        Assert.Equal(["Checking the MX records", "We are on it"], comments.Select(c => c.Text));
        Assert.Equal([CommentVisibility.WorkNote, CommentVisibility.Public], comments.Select(c => c.Visibility));
    }

    [Fact]
    public async Task Every_change_reaches_the_read_model()
    {
        var incident = NewIncident();
        var view = await incident.Create(As("alice"), MailDown() with { AssignmentGroup = "read-model-check" });
        await incident.Assign(As("alice"), new AssignIncident(null, "alice"));

        var readModel = fixture.SiloServices.GetRequiredService<IIncidentReadModel>();
        var page = await readModel.Query(new IncidentQuery([], [], null, "read-model-check", null, 10, null), CancellationToken.None);

        var row = Assert.Single(page.Items);
        Assert.Equal(view.Number, row.Number);
        Assert.Equal(IncidentStatus.Assigned, row.Status);
        Assert.Equal(2, row.Version);
    }

    [Fact]
    public async Task An_unknown_incident_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => NewIncident().Get(Callers.Admin("reader")));
    }
}
