using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Slas;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>The SLA repair: an incident's clocks recomputed from its history after a policy or calendar correction.</summary>
public sealed class IncidentSlaRepair(ISlaPolicyCatalog policies, IGrainFactory grains)
{
    /// <summary>Only administrators repair, and only an incident that exists, at the version they saw.</summary>
    public static void EnsureAllowed(CommandContext context, IncidentState state, Guid id)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        if (!state.Created)
        {
            throw new NotFoundException($"There is no incident {id}.");
        }

        if (!context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only administrators recompute SLA clocks.");
        }

        if (context.ExpectedVersion is { } expected && expected != state.Version)
        {
            throw new VersionConflictException(expected, state.Version);
        }
    }

    /// <summary>What a policy's repair reports of an incident under another policy: left as it is.</summary>
    public static SlaRepairReport Skipped(Guid id, IncidentState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new SlaRepairReport(id, state.Number, state.SlaPolicyId, state.Version, Changed: false, Applied: false, [], Skipped: true);
    }

    /// <summary>Replays the history against today's policies and calendars, and compares the result with the live clocks.</summary>
    public async Task<IncidentSlaRepairPlan> Plan(Guid id, IncidentState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var replay = IncidentSlaReplay.Replay(state.History, policies.Find, now);
        var workingTime = IncidentSlaReplay.WorkingTimeOf(replay.Calendar);
        var before = await Task.WhenAll(IncidentSlaClocks.Kinds.Select(kind => grains.GetSlaClock(id, kind).Get()));
        var repairs = before
            .Select(view => (Before: view, After: replay.For(view.Kind).ToView(now, workingTime, replay.Calendar?.Id)))
            .Select(pair => SlaClockDifference.Repair(pair.Before, pair.After))
            .ToList();
        var changed = repairs.Any(r => r.Changed) || state.SlaTargets != replay.Targets;
        return new IncidentSlaRepairPlan(replay, repairs, changed);
    }

    /// <summary>
    /// Records the repair in the history of the incident's new version and replaces its live clocks with the recomputed
    /// ones; the caller has moved the version on and saves the state after.
    /// </summary>
    public async Task Apply(Guid id, IncidentState state, IncidentSlaRepairPlan plan, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(plan);
        var replay = plan.Replay;
        state.SlaTargets = replay.Targets;
        state.History.Add(new HistoryEntry(
            state.History.Count + 1, state.Version, now, actor, HistoryKind.SlaRecomputed, SlaRepairHistory.Changes(plan.Repairs),
            $"SLA clocks recomputed from the history against policy {replay.PolicyId}"));
        var corrected = await Task.WhenAll(IncidentSlaClocks.Kinds.Select(kind =>
            grains.GetSlaClock(id, kind).Correct(Correction(id, state, replay.For(kind), replay.Calendar))));
        state.ResponseClock = corrected.Single(v => v.Kind == SlaClockKind.Response);
        state.ResolutionClock = corrected.Single(v => v.Kind == SlaClockKind.Resolution);
    }

    private static SlaClockCorrection Correction(Guid id, IncidentState state, SlaClock clock, BusinessCalendar? calendar) =>
        new(id, state.Version, clock.State, clock.Target, clock.ElapsedBeforeRun, clock.RunningSince, clock.StoppedAt, clock.Reached, calendar);
}
