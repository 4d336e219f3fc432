using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident keeps its two SLA clocks in step and records what they report.</summary>
public sealed partial class IncidentGrain
{
    private static readonly SlaClockKind[] Clocks = [SlaClockKind.Response, SlaClockKind.Resolution];

    public async Task OnSlaEvents(IReadOnlyList<SlaEvent> events, SlaClockView clock)
    {
        if (!State.Created)
        {
            // The incident's creation failed after its clocks started: they serve nobody.
            await GrainFactory.GetSlaClock(Id, clock.Kind).Retire();
            return;
        }

        if (events.Count == 0)
        {
            return;
        }

        var before = State.Revision;
        var now = time.GetUtcNow();
        try
        {
            if (SlaEventRecorder.Record(State, events, clock, now) is { } activity)
            {
                await store.WriteStateAsync();
                await Publish(activity, now);
            }
        }
        catch when (State.Revision != before)
        {
            // Not acknowledged: the clock delivers the events again and the reloaded state records them then.
            DeactivateOnIdle();
            throw;
        }

        await GrainFactory.GetSlaClock(Id, clock.Kind).Acknowledge(events.Max(e => e.Sequence));
    }

    /// <summary>
    /// Tells each clock the state the incident's status calls for. Clocks already in that state are left alone
    /// unless <paramref name="force"/> asks to confirm it with them (after activation, the persisted state is the truth).
    /// </summary>
    private async Task SyncClocks(DateTimeOffset now, bool force)
    {
        var targets = State.SlaTargets ?? throw new InvalidOperationException($"{State.Number} has no SLA targets.");
        var calendar = policies.Find(State.SlaPolicyId)?.Calendar;
        var updates = new List<Task<SlaClockView>>();
        foreach (var kind in Clocks)
        {
            var desired = IncidentSlaPlan.Desired(kind, State.Status, State.RespondedAt is not null);
            var target = kind == SlaClockKind.Response ? targets.Response : targets.Resolution;
            var current = kind == SlaClockKind.Response ? State.ResponseClock : State.ResolutionClock;
            if (!force && current is not null && current.State == desired && current.Target == target && current.Calendar == calendar?.Id)
            {
                continue;
            }

            var instruction = new SlaClockInstruction(Id, State.Version, desired, target, now, Resync: force, calendar);
            updates.Add(GrainFactory.GetSlaClock(Id, kind).Apply(instruction));
        }

        foreach (var view in await Task.WhenAll(updates))
        {
            if (view.Kind == SlaClockKind.Response)
            {
                State.ResponseClock = view;
            }
            else
            {
                State.ResolutionClock = view;
            }
        }
    }
}
