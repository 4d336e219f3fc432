using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Grains.Tests.Problems;

[Collection(ClusterTests.Name)]
public class ProblemGrainTests(ClusterFixture fixture)
{
    private static readonly CommandContext Alice = new(Callers.Agent("alice", "apps"));
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private async Task<IncidentView> Raise(string title, string? service = null) =>
        await fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid())
            .Create(Alice, new CreateIncident(title, "", Impact.Medium, Urgency.Medium, "bob", service, "apps", "alice"));

    private IIncidentGrain Incident(Guid id) => fixture.Client.GetGrain<IIncidentGrain>(id);

    [Fact]
    public async Task Linked_incidents_show_the_problem_and_its_workaround_as_it_changes()
    {
        var first = await Raise("CRM slow at 9am");
        var second = await Raise("CRM timeouts");
        var problem = fixture.Client.GetGrain<IProblemGrain>(Guid.NewGuid());
        var view = await problem.Create(Alice, new CreateProblem("CRM slow every morning", "", IncidentIds: [first.Id, second.Id]));
        Assert.StartsWith("PRB", view.Number, StringComparison.Ordinal);
        Assert.Equal(2, view.Incidents.Count);

        await problem.Update(Alice, new UpdateProblem(Symptoms: "Timeouts 09:00-09:15", Workaround: "Restart the CRM app pool"));

        foreach (var id in new[] { first.Id, second.Id })
        {
            var incident = await Incident(id).Get(Callers.Noc("noc"));
            Assert.Equal(view.Number, incident.Problem!.Number);
            Assert.Equal("Restart the CRM app pool", incident.Problem.Workaround);
        }
    }

    [Fact]
    public async Task A_known_error_needs_a_workaround_or_cause_and_linked_incidents_learn_it_is_known()
    {
        var incident = await Raise("Printer queue stuck");
        var problem = fixture.Client.GetGrain<IProblemGrain>(Guid.NewGuid());
        await problem.Create(Alice, new CreateProblem("Print spooler hangs", "", IncidentIds: [incident.Id]));
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => problem.SetKnownError(Alice, true));
        Assert.Contains("workaround", refused.Errors.Keys);

        await problem.Update(Alice, new UpdateProblem(Workaround: "Clear the spool folder"));
        var published = await problem.SetKnownError(Alice, true);

        Assert.True(published.KnownError);
        Assert.True((await Incident(incident.Id).Get(Callers.Noc("noc"))).Problem!.KnownError);
    }

    [Fact]
    public async Task Resolving_a_problem_resolves_the_incidents_waiting_for_it_and_leaves_the_others()
    {
        var waiting = await Raise("Mail stuck in queue");
        var working = await Raise("Mail delayed");
        await Incident(waiting.Id).ChangeStatus(Alice, new ChangeIncidentStatus(IncidentStatus.InProgress));
        await Incident(working.Id).ChangeStatus(Alice, new ChangeIncidentStatus(IncidentStatus.InProgress));
        var problem = fixture.Client.GetGrain<IProblemGrain>(Guid.NewGuid());
        var view = await problem.Create(Alice, new CreateProblem("Mail relay memory leak", "", IncidentIds: [waiting.Id, working.Id]));
        await Incident(waiting.Id).ChangeStatus(Alice, new ChangeIncidentStatus(IncidentStatus.OnHold, HoldReason.AwaitingProblem));

        await problem.Update(Alice, new UpdateProblem(Cause: "Relay leaks 1 MB per connection"));
        foreach (var to in new[] { ProblemStatus.Assess, ProblemStatus.RootCauseAnalysis, ProblemStatus.FixInProgress })
        {
            await problem.Move(Alice, new MoveProblem(to));
        }

        await problem.Move(Alice, new MoveProblem(ProblemStatus.Resolved, ProblemResolution.FixApplied, "Relay upgraded to 4.2"));

        var resolved = await Incident(waiting.Id).Get(Callers.Noc("noc"));
        Assert.Equal(IncidentStatus.Resolved, resolved.Status);
        Assert.Contains(view.Number, resolved.ResolutionNotes, StringComparison.Ordinal);
        Assert.Equal(IncidentStatus.InProgress, (await Incident(working.Id).Get(Callers.Noc("noc"))).Status);
    }

    [Fact]
    public async Task Five_incidents_on_a_service_within_the_window_raise_a_suggestion_that_an_agent_can_clear()
    {
        var service = $"crm-{Guid.NewGuid():N}"[..12];
        await fixture.Client.GetGrain<IServiceGrain>(service).Define(new CommandContext(Callers.Admin("admin")), new DefineService("CRM", ServiceKind.Business, null, null, null, 2, null));
        var board = await fixture.ConnectBoardHost();
        for (var i = 0; i < 4; i++)
        {
            await Raise($"CRM error {i}", service);
        }

        var four = await board.WaitForService(s => s.Id == service && s.Health.OpenIncidents == 4, Patience);
        Assert.Null(four.Suggestion);

        var fifth = await Raise("CRM error 4", service);
        var suggested = await board.WaitForService(s => s.Id == service && s.Suggestion is not null, Patience);
        Assert.Equal(5, suggested.Suggestion!.IncidentIds.Count);
        Assert.Contains(fifth.Number, suggested.Suggestion.IncidentNumbers);

        var cleared = await fixture.Client.GetGrain<IServiceGrain>(service).ClearSuggestion(Alice);
        Assert.NotNull(cleared);
        await board.WaitForService(s => s.Id == service && s.Suggestion is null, Patience);
        await Assert.ThrowsAsync<ForbiddenException>(() => fixture.Client.GetGrain<IServiceGrain>(service).ClearSuggestion(new CommandContext(Callers.Noc("noc"))));
    }
}
