using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>
/// What the records an incident is linked to do to it: the change that caused it, the major incident it is handled
/// under, the problem whose workaround it shows and with which it is resolved. Each returns the change to record, or
/// null when the incident already stands so.
/// </summary>
public static class IncidentLinks
{
    public static IncidentChange? LinkCausingChange(IncidentState state, ChangeReference change)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(change);
        if (state.CausedByChange == change)
        {
            return null;
        }

        var changes = new FieldChangeList();
        changes.Track("causedByChange", state.CausedByChange?.Number, change.Number);
        state.CausedByChange = change;
        return new IncidentChange(HistoryKind.LinkedToChange, changes, ActivityKind.Updated, $"caused by change {change.Number}");
    }

    /// <summary>Refused when the incident is already handled under another major incident.</summary>
    public static IncidentChange? JoinMajorIncident(IncidentState state, MajorIncidentReference majorIncident)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(majorIncident);
        if (state.MajorIncident == majorIncident)
        {
            return null;
        }

        if (state.MajorIncident is { } other)
        {
            throw new DomainValidationException("incidentId", $"{state.Number} is already handled under {other.Number}.");
        }

        var changes = new FieldChangeList();
        changes.Track("majorIncident", null, majorIncident.Number);
        state.MajorIncident = majorIncident;
        return new IncidentChange(HistoryKind.JoinedMajorIncident, changes, ActivityKind.Updated, $"handled under major incident {majorIncident.Number}");
    }

    public static IncidentChange? LeaveMajorIncident(IncidentState state, Guid majorIncidentId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.MajorIncident is not { } current || current.Id != majorIncidentId)
        {
            return null;
        }

        var changes = new FieldChangeList();
        changes.Track("majorIncident", current.Number, null);
        state.MajorIncident = null;
        return new IncidentChange(HistoryKind.LeftMajorIncident, changes, ActivityKind.Updated, $"no longer under {current.Number}");
    }

    /// <summary>Links the incident to a problem, or shows the linked problem's new workaround.</summary>
    public static IncidentChange? LinkProblem(IncidentState state, ProblemReference problem)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(problem);
        if (state.Problem == problem)
        {
            return null;
        }

        var changes = new FieldChangeList();
        changes.Track("problem", state.Problem?.Number, problem.Number);
        changes.Track("workaround", state.Problem?.Workaround, problem.Workaround);
        var relinked = state.Problem?.Id == problem.Id;
        state.Problem = problem;
        return new IncidentChange(
            HistoryKind.LinkedToProblem, changes, ActivityKind.Updated,
            relinked ? $"workaround from {problem.Number} updated" : $"linked to problem {problem.Number}");
    }

    public static IncidentChange? UnlinkProblem(IncidentState state, Guid problemId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Problem is not { } current || current.Id != problemId)
        {
            return null;
        }

        var changes = new FieldChangeList();
        changes.Track("problem", current.Number, null);
        state.Problem = null;
        return new IncidentChange(HistoryKind.UnlinkedFromProblem, changes, ActivityKind.Updated, $"unlinked from {current.Number}");
    }

    /// <summary>The problem was resolved: an incident on hold waiting for that problem resolves with it.</summary>
    public static IncidentChange? ResolveFromProblem(IncidentState state, Guid problemId, string note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state is { Status: IncidentStatus.OnHold, HoldReason: HoldReason.AwaitingProblem } && state.Problem?.Id == problemId
            ? IncidentCommands.ChangeStatus(state, new ChangeIncidentStatus(IncidentStatus.Resolved, ResolutionCode: ResolutionCode.SolvedPermanently, ResolutionNotes: note), now)
            : null;
    }
}
