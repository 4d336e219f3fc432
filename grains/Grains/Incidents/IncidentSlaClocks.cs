using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Slas;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>An incident's SLA wiring: the policy it runs under, and its two clocks kept in step with its status.</summary>
public sealed class IncidentSlaClocks(ISlaPolicyCatalog policies, IGrainFactory grains)
{
    /// <summary>The clocks every incident has.</summary>
    public static readonly IReadOnlyList<SlaClockKind> Kinds = [SlaClockKind.Response, SlaClockKind.Resolution];

    /// <summary>The policy a new incident runs under: the one it names, else the desk's default.</summary>
    public SlaPolicy PolicyFor(string? requested)
    {
        var policyId = string.IsNullOrWhiteSpace(requested) ? policies.DefaultPolicyId : requested;
        return policies.Find(policyId) ?? throw new DomainValidationException("slaPolicy", $"There is no SLA policy '{policyId}'.");
    }

    /// <summary>A policy by id; null when there is none.</summary>
    public SlaPolicy? Find(string policyId) => policies.Find(policyId);

    /// <summary>
    /// Tells each clock the state the incident's status calls for. Clocks already in that state are left alone
    /// unless <paramref name="force"/> asks to confirm it with them (after activation, the persisted state is the truth).
    /// </summary>
    public async Task Sync(Guid id, IncidentState state, DateTimeOffset now, bool force)
    {
        ArgumentNullException.ThrowIfNull(state);
        var targets = state.SlaTargets ?? throw new InvalidOperationException($"{state.Number} has no SLA targets.");
        var calendar = policies.Find(state.SlaPolicyId)?.Calendar;
        var updates = new List<Task<SlaClockView>>();
        foreach (var kind in Kinds)
        {
            var desired = IncidentSlaPlan.Desired(kind, state.Status, state.RespondedAt is not null);
            var target = kind == SlaClockKind.Response ? targets.Response : targets.Resolution;
            var current = kind == SlaClockKind.Response ? state.ResponseClock : state.ResolutionClock;
            if (!force && current is not null && current.State == desired && current.Target == target && current.Calendar == calendar?.Id)
            {
                continue;
            }

            var instruction = new SlaClockInstruction(id, state.Version, desired, target, now, Resync: force, calendar);
            updates.Add(grains.GetSlaClock(id, kind).Apply(instruction));
        }

        foreach (var view in await Task.WhenAll(updates))
        {
            if (view.Kind == SlaClockKind.Response)
            {
                state.ResponseClock = view;
            }
            else
            {
                state.ResolutionClock = view;
            }
        }
    }

    /// <summary>The incident recorded the clock's events up to <paramref name="sequence"/>.</summary>
    public Task Acknowledge(Guid id, SlaClockKind kind, int sequence) => grains.GetSlaClock(id, kind).Acknowledge(sequence);

    /// <summary>The incident's creation failed after its clocks started: they serve nobody.</summary>
    public Task Retire(Guid id, SlaClockKind kind) => grains.GetSlaClock(id, kind).Retire();
}
