using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.ServiceRequests;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Incidents;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>
/// How a service request keeps its response and fulfilment clocks in step and records what they report. The clocks
/// count in the business hours of the policy the options name.
/// </summary>
public sealed class ServiceRequestSlaClocks(ISlaPolicyCatalog policies, IOptions<ServiceRequestOptions> options, IGrainFactory grains)
{
    private SlaPolicy Policy => policies.Find(options.Value.SlaPolicy) ?? policies.Find(SlaOptions.ServiceRequestPolicyId)!;

    /// <summary>Tells each clock the state the request's status calls for; <paramref name="force"/> confirms clocks already there.</summary>
    /// <param name="owner">The request's grain, which the clocks tell of their events.</param>
    public async Task Sync(GrainId owner, Guid id, ServiceRequestState state, DateTimeOffset now, bool force)
    {
        ArgumentNullException.ThrowIfNull(state);
        var policy = Policy;
        var targets = policy.For(Priority.P4);
        foreach (var kind in new[] { SlaClockKind.Response, SlaClockKind.Resolution })
        {
            var desired = ServiceRequestSlaPlan.Desired(kind, state.Status, state.Responded);
            var current = kind == SlaClockKind.Response ? state.Response : state.Fulfilment;
            if (!force && current is not null && current.State == desired)
            {
                continue;
            }

            var target = kind == SlaClockKind.Response ? targets.Response : targets.Resolution;
            var view = await grains.GetSlaClock(id, kind).Apply(
                new SlaClockInstruction(id, state.Version, desired, target, now, Resync: force, policy.Calendar, owner));
            if (kind == SlaClockKind.Response)
            {
                state.Response = view;
            }
            else
            {
                state.Fulfilment = view;
            }
        }
    }

    /// <summary>Adds the events of <paramref name="clock"/> not yet recorded to the history, in order; false when all were known.</summary>
    public static bool Record(ServiceRequestState state, IReadOnlyList<SlaEvent> events, SlaClockView clock)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(clock);
        var recorded = clock.Kind == SlaClockKind.Response ? state.ResponseEventsRecorded : state.FulfilmentEventsRecorded;
        var fresh = events.Where(e => e.Clock == clock.Kind && e.Sequence > recorded).OrderBy(e => e.Sequence).ToList();
        if (fresh.Count == 0)
        {
            return false;
        }

        foreach (var slaEvent in fresh)
        {
            ServiceRequestHistory.Add(state, slaEvent.ReachedAt, "sla", $"sla.{WireName.Of(slaEvent.Clock)}", SlaEventRecorder.Describe(slaEvent));
        }

        if (clock.Kind == SlaClockKind.Response)
        {
            (state.ResponseEventsRecorded, state.Response) = (fresh[^1].Sequence, clock);
        }
        else
        {
            (state.FulfilmentEventsRecorded, state.Fulfilment) = (fresh[^1].Sequence, clock);
        }

        return true;
    }

    /// <summary>The request recorded the clock's events up to <paramref name="sequence"/>.</summary>
    public Task Acknowledge(Guid id, SlaClockKind kind, int sequence) => grains.GetSlaClock(id, kind).Acknowledge(sequence);

    /// <summary>The request's submission failed after its clocks started: they serve nobody.</summary>
    public Task Retire(Guid id, SlaClockKind kind) => grains.GetSlaClock(id, kind).Retire();
}
