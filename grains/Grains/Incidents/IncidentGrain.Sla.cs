using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>An incident's SLA side: the events its clocks report, and recomputing its clocks after a policy change.</summary>
public sealed partial class IncidentGrain
{
    public async Task OnSlaEvents(IReadOnlyList<SlaEvent> events, SlaClockView clock)
    {
        if (!State.Created)
        {
            await clocks.Retire(Id, clock.Kind);
            return;
        }

        if (events.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();

        // Should saving fail, the events are not acknowledged: the clock delivers them again and the reloaded state records them then.
        await ReloadOnFailure(async () =>
        {
            if (SlaEventRecorder.Record(State, events, clock, now) is { } activity)
            {
                await store.WriteStateAsync();
                await publisher.Publish(Id, State, activity, now);
            }
        });

        await clocks.Acknowledge(Id, clock.Kind, events.Max(e => e.Sequence));
    }

    public Task<SlaRepairReport> RecomputeSlaOfPolicy(CommandContext context, string policyId, bool dryRun)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(policyId);
        IncidentSlaRepair.EnsureAllowed(context, State, Id);
        return string.Equals(State.SlaPolicyId, policyId, StringComparison.OrdinalIgnoreCase)
            ? RecomputeSla(context, dryRun)
            : Task.FromResult(IncidentSlaRepair.Skipped(Id, State));
    }

    public async Task<SlaRepairReport> RecomputeSla(CommandContext context, bool dryRun)
    {
        IncidentSlaRepair.EnsureAllowed(context, State, Id);
        var now = time.GetUtcNow();
        var plan = await slaRepair.Plan(Id, State, now);
        if (dryRun || !plan.Changed)
        {
            return plan.Report(Id, State, applied: false);
        }

        await ReloadOnFailure(async () =>
        {
            State.Version++;
            State.Revision++;
            State.UpdatedAt = now;
            await slaRepair.Apply(Id, State, plan, context.Actor, now);
            await store.WriteStateAsync();
        });

        // A revealed threshold comes back from its clock as an SLA event, recorded and published like a live one.
        await publisher.Publish(Id, State, new BoardActivityDraft(ActivityKind.Updated, plan.Activity), now);
        return plan.Report(Id, State, applied: true);
    }
}
