using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Grains.Slas;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>The SLA repair: the clocks recomputed from the history after a policy or calendar correction.</summary>
public sealed partial class IncidentGrain
{
    public async Task<SlaRepairReport> RecomputeSla(CommandContext context, bool dryRun)
    {
        if (!State.Created)
        {
            throw new NotFoundException($"There is no incident {Id}.");
        }

        if (!context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only administrators recompute SLA clocks.");
        }

        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        var now = time.GetUtcNow();
        var replay = IncidentSlaReplay.Replay(State.History, policies.Find, now);
        var workingTime = IncidentSlaReplay.WorkingTimeOf(replay.Calendar);
        var before = await Task.WhenAll(Clocks.Select(kind => GrainFactory.GetSlaClock(Id, kind).Get()));
        var repairs = before
            .Select(view => (Before: view, After: replay.For(view.Kind).ToView(now, workingTime, replay.Calendar?.Id)))
            .Select(pair => new SlaClockRepair(pair.Before.Kind, pair.Before, pair.After, SlaClockDifference.Differs(pair.Before, pair.After)))
            .ToList();
        var changed = repairs.Any(r => r.Changed) || State.SlaTargets != replay.Targets;
        if (dryRun || !changed)
        {
            return new SlaRepairReport(Id, State.Number, replay.PolicyId, State.Version, changed, Applied: false, repairs);
        }

        var revision = State.Revision;
        try
        {
            State.Version++;
            State.Revision++;
            State.UpdatedAt = now;
            State.SlaTargets = replay.Targets;
            State.History.Add(new HistoryEntry(
                State.History.Count + 1, State.Version, now, context.Actor, HistoryKind.SlaRecomputed, Differences(repairs),
                $"SLA clocks recomputed from the history against policy {replay.PolicyId}"));
            var corrected = await Task.WhenAll(Clocks.Select(kind => GrainFactory.GetSlaClock(Id, kind).Correct(Correction(replay.For(kind), replay.Calendar))));
            State.ResponseClock = corrected.Single(v => v.Kind == SlaClockKind.Response);
            State.ResolutionClock = corrected.Single(v => v.Kind == SlaClockKind.Resolution);
            await store.WriteStateAsync();
        }
        catch when (State.Revision != revision)
        {
            DeactivateOnIdle();
            throw;
        }

        await Publish(new BoardActivityDraft(ActivityKind.Updated, "SLA clocks recomputed"), now);
        return new SlaRepairReport(Id, State.Number, replay.PolicyId, State.Version, changed, Applied: true, repairs);
    }

    private SlaClockCorrection Correction(SlaClock clock, BusinessCalendar? calendar) =>
        new(Id, State.Version, clock.State, clock.Target, clock.ElapsedBeforeRun, clock.RunningSince, clock.StoppedAt, clock.Reached, calendar);

    private static FieldChangeList Differences(IEnumerable<SlaClockRepair> repairs)
    {
        var changes = new FieldChangeList();
        foreach (var repair in repairs.Where(r => r.Changed))
        {
            var name = $"sla.{IncidentWorkflow.Name(repair.Kind)}";
            changes.Track($"{name}.target", repair.Before.Target, repair.After.Target);
            changes.Track($"{name}.dueAt", repair.Before.DueAt, repair.After.DueAt);
            changes.Track($"{name}.breached", repair.Before.Breached, repair.After.Breached);
        }

        return changes;
    }
}
