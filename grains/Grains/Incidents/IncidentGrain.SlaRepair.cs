using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Grains.Slas;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>The SLA repair: the clocks recomputed from the history after a policy or calendar correction.</summary>
public sealed partial class IncidentGrain
{
    public Task<SlaRepairReport> RecomputeSlaOfPolicy(CommandContext context, string policyId, bool dryRun)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(policyId);
        CheckRepair(context);
        return string.Equals(State.SlaPolicyId, policyId, StringComparison.OrdinalIgnoreCase)
            ? RecomputeSla(context, dryRun)
            : Task.FromResult(new SlaRepairReport(Id, State.Number, State.SlaPolicyId, State.Version, Changed: false, Applied: false, [], Skipped: true));
    }

    public async Task<SlaRepairReport> RecomputeSla(CommandContext context, bool dryRun)
    {
        CheckRepair(context);
        var now = time.GetUtcNow();
        var replay = IncidentSlaReplay.Replay(State.History, policies.Find, now);
        var workingTime = IncidentSlaReplay.WorkingTimeOf(replay.Calendar);
        var before = await Task.WhenAll(Clocks.Select(kind => GrainFactory.GetSlaClock(Id, kind).Get()));
        var repairs = before
            .Select(view => (Before: view, After: replay.For(view.Kind).ToView(now, workingTime, replay.Calendar?.Id)))
            .Select(pair => SlaClockDifference.Repair(pair.Before, pair.After))
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
                State.History.Count + 1, State.Version, now, context.Actor, HistoryKind.SlaRecomputed, SlaRepairHistory.Changes(repairs),
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

        // A revealed threshold comes back from its clock as an SLA event, recorded and published like a live one.
        await Publish(new BoardActivityDraft(ActivityKind.Updated, SlaRepairHistory.Activity(repairs)), now);
        return new SlaRepairReport(Id, State.Number, replay.PolicyId, State.Version, changed, Applied: true, repairs);
    }

    private void CheckRepair(CommandContext context)
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
    }

    private SlaClockCorrection Correction(SlaClock clock, BusinessCalendar? calendar) =>
        new(Id, State.Version, clock.State, clock.Target, clock.ElapsedBeforeRun, clock.RunningSince, clock.StoppedAt, clock.Reached, calendar);
}
