using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Grains.Tests.Incidents;

[Collection(ClusterTests.Name)]
public class IncidentAccessTests(ClusterFixture fixture)
{
    private async Task<(IIncidentGrain Grain, IncidentView View)> Raised(string requester, string group)
    {
        var grain = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        var view = await grain.Create(new CommandContext(Callers.Agent("dispatcher", group)),
            new CreateIncident("Laptop will not boot", "", Impact.Low, Urgency.Medium, requester, AssignmentGroup: group));
        return (grain, view);
    }

    [Fact]
    public async Task A_requester_sees_their_own_incident_and_not_anyone_elses()
    {
        var (mine, _) = await Raised("rita", "desktop");
        var (theirs, _) = await Raised("otto", "desktop");

        Assert.Equal("rita", (await mine.Get(Callers.Requester("rita"))).Requester);
        await Assert.ThrowsAsync<NotFoundException>(() => theirs.Get(Callers.Requester("rita")));
        await Assert.ThrowsAsync<NotFoundException>(() => theirs.GetHistory(Callers.Requester("rita")));
    }

    [Fact]
    public async Task A_requester_raises_incidents_only_for_themselves()
    {
        var forTheCeo = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() =>
            forTheCeo.Create(new CommandContext(Callers.Requester("rita")), new CreateIncident("VPN", "", Impact.Low, Urgency.Low, "the-ceo")));
        Assert.Equal(["requester"], refused.Fields.Keys);

        var view = await fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid())
            .Create(new CommandContext(Callers.Requester("rita")), new CreateIncident("VPN", "", Impact.Low, Urgency.Low, "Rita"));
        Assert.Equal("rita", view.Requester);
    }

    [Fact]
    public async Task A_requester_may_reply_publicly_but_never_reads_or_writes_work_notes()
    {
        var (incident, _) = await Raised("rita", "desktop");
        await incident.AddComment(new CommandContext(Callers.Agent("alice", "desktop")), new AddComment("Disk is failing", CommentVisibility.WorkNote));
        await incident.AddComment(new CommandContext(Callers.Requester("rita")), new AddComment("Any news?", CommentVisibility.Public));

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            incident.AddComment(new CommandContext(Callers.Requester("rita")), new AddComment("sneaky", CommentVisibility.WorkNote)));
        Assert.Equal(["Any news?"], (await incident.GetComments(Callers.Requester("rita"))).Select(c => c.Text));
        Assert.DoesNotContain(await incident.GetHistory(Callers.Requester("rita")), h => h.Kind == HistoryKind.WorkNoteAdded);
        Assert.Equal(2, (await incident.GetComments(Callers.Agent("alice", "desktop"))).Count);
    }

    [Fact]
    public async Task An_agent_works_incidents_of_their_groups_and_only_reads_the_others()
    {
        var (incident, view) = await Raised("rita", "desktop");
        var outsider = Callers.Agent("nina", "network");

        Assert.Equal(view.Number, (await incident.Get(outsider)).Number);
        await Assert.ThrowsAsync<ForbiddenException>(() => incident.Assign(new CommandContext(outsider), new AssignIncident(null, "nina")));
        await incident.Assign(new CommandContext(Callers.Agent("alice", "Desktop")), new AssignIncident(null, "alice"));
        Assert.Equal("alice", (await incident.Get(outsider)).Assignee);
    }

    [Fact]
    public async Task The_noc_raises_incidents_for_others_but_changes_none_and_a_change_manager_raises_none()
    {
        var (incident, _) = await Raised("rita", "desktop");
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            incident.ChangeStatus(new CommandContext(Callers.Noc("nora")), new ChangeIncidentStatus(IncidentStatus.Cancelled)));
        var raised = await fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid())
            .Create(new CommandContext(Callers.Noc("nora")), new CreateIncident("Link to branch down", "", Impact.Low, Urgency.Low, "bob"));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid()).Create(new CommandContext(Callers.ChangeManager("carl")), new CreateIncident("x", "", Impact.Low, Urgency.Low, "carl")));
        Assert.Equal(IncidentStatus.New, (await incident.Get(Callers.Noc("nora"))).Status);
        Assert.Equal("bob", raised.Requester);
    }
}
