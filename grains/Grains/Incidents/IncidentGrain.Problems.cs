using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident is linked to a problem, shows its workaround, and is resolved with it.</summary>
public sealed partial class IncidentGrain
{
    // The problem checked who may do this; the incident only hides itself from those who may not see it.
    public Task<IncidentView> LinkProblem(CommandContext context, ProblemReference problem) =>
        Mutate(context with { ExpectedVersion = null }, problem, IncidentAccess.EnsureCanSee, _ =>
        {
            if (State.Problem == problem)
            {
                return null;
            }

            var changes = new FieldChangeList();
            changes.Track("problem", State.Problem?.Number, problem.Number);
            changes.Track("workaround", State.Problem?.Workaround, problem.Workaround);
            var relinked = State.Problem?.Id == problem.Id;
            State.Problem = problem;
            return new IncidentChange(
                HistoryKind.LinkedToProblem, changes, ActivityKind.Updated,
                relinked ? $"workaround from {problem.Number} updated" : $"linked to problem {problem.Number}");
        });

    public Task<IncidentView> UnlinkProblem(CommandContext context, Guid problemId) =>
        Mutate(context with { ExpectedVersion = null }, ("unlink-problem", problemId), IncidentAccess.EnsureCanSee, _ =>
        {
            if (State.Problem is not { } current || current.Id != problemId)
            {
                return null;
            }

            var changes = new FieldChangeList();
            changes.Track("problem", current.Number, null);
            State.Problem = null;
            return new IncidentChange(HistoryKind.UnlinkedFromProblem, changes, ActivityKind.Updated, $"unlinked from {current.Number}");
        });

    public Task<IncidentView> ResolveFromProblem(CommandContext context, Guid problemId, string note) =>
        Mutate(context with { ExpectedVersion = null }, ("resolve-from-problem", problemId), IncidentAccess.EnsureCanSee, now =>
            State is { Status: IncidentStatus.OnHold, HoldReason: HoldReason.AwaitingProblem } && State.Problem?.Id == problemId
                ? IncidentCommands.ChangeStatus(State, new ChangeIncidentStatus(IncidentStatus.Resolved, ResolutionCode: ResolutionCode.SolvedPermanently, ResolutionNotes: note), now)
                : null);
}
