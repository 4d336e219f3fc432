using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.ServiceRequests;
using ItsmOrleans.Domain.Slas;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>How a service request keeps its response and fulfilment clocks in step and records what they report.</summary>
public sealed partial class ServiceRequestGrain
{
    private SlaPolicy Policy => policies.Find(options.Value.SlaPolicy) ?? policies.Find(SlaOptions.ServiceRequestPolicyId)!;

    public async Task OnSlaEvents(IReadOnlyList<SlaEvent> events, SlaClockView clock)
    {
        if (!State.Created)
        {
            await GrainFactory.GetSlaClock(Id, clock.Kind).Retire();
            return;
        }

        var recorded = clock.Kind == SlaClockKind.Response ? State.ResponseEventsRecorded : State.FulfilmentEventsRecorded;
        var fresh = events.Where(e => e.Clock == clock.Kind && e.Sequence > recorded).OrderBy(e => e.Sequence).ToList();
        if (fresh.Count > 0)
        {
            foreach (var slaEvent in fresh)
            {
                Record(slaEvent.ReachedAt, "sla", $"sla.{WireName.Of(slaEvent.Clock)}", Incidents.SlaEventRecorder.Describe(slaEvent));
            }

            if (clock.Kind == SlaClockKind.Response)
            {
                (State.ResponseEventsRecorded, State.Response) = (fresh[^1].Sequence, clock);
            }
            else
            {
                (State.FulfilmentEventsRecorded, State.Fulfilment) = (fresh[^1].Sequence, clock);
            }

            await Save(time.GetUtcNow(), bumpVersion: false);
        }

        await GrainFactory.GetSlaClock(Id, clock.Kind).Acknowledge(events.Max(e => e.Sequence));
    }

    /// <summary>Tells each clock the state the request's status calls for; clocks count in the policy's business hours.</summary>
    private async Task SyncClocks(DateTimeOffset now, bool force)
    {
        var policy = Policy;
        var targets = policy.For(Priority.P4);
        foreach (var kind in new[] { SlaClockKind.Response, SlaClockKind.Resolution })
        {
            var desired = ServiceRequestSlaPlan.Desired(kind, State.Status, State.Responded);
            var current = kind == SlaClockKind.Response ? State.Response : State.Fulfilment;
            if (!force && current is not null && current.State == desired)
            {
                continue;
            }

            var target = kind == SlaClockKind.Response ? targets.Response : targets.Resolution;
            var view = await GrainFactory.GetSlaClock(Id, kind).Apply(
                new SlaClockInstruction(Id, State.Version + 1, desired, target, now, Resync: force, policy.Calendar, this.GetGrainId()));
            if (kind == SlaClockKind.Response)
            {
                State.Response = view;
            }
            else
            {
                State.Fulfilment = view;
            }
        }
    }
}
