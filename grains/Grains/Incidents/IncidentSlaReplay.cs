using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Slas;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>
/// Recomputes an incident's SLA clocks from its history against the policies and calendars as they are configured now:
/// every recorded status, priority, policy and response change is replayed at its recorded time, exactly as the live
/// clocks would have counted it had today's configuration been in force from the start.
/// </summary>
public static class IncidentSlaReplay
{
    public static IncidentSlaReplayResult Replay(IReadOnlyList<HistoryEntry> history, Func<string, SlaPolicy?> policies, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(policies);
        var created = history.FirstOrDefault(h => h.Kind == HistoryKind.Created)
            ?? throw new DomainValidationException("history", "The history does not record the incident's creation; there is nothing to replay.");

        var facts = new IncidentSlaFacts();
        facts.Apply(created);
        var policy = PolicyOf(facts.PolicyId, policies);
        var time = WorkingTimeOf(policy.Calendar);
        var response = Step(SlaClock.Start(SlaClockKind.Response, policy.For(facts.Priority).Response, created.At), facts, policy, created.At, time);
        var resolution = Step(SlaClock.Start(SlaClockKind.Resolution, policy.For(facts.Priority).Resolution, created.At), facts, policy, created.At, time);

        foreach (var entry in history.Where(h => h.Sequence > created.Sequence && IncidentSlaFacts.Affects(h)).OrderBy(h => h.Sequence))
        {
            // Thresholds crossed before this change count as reached, even if the change stops the clock.
            response = response.Advance(entry.At, time).Clock;
            resolution = resolution.Advance(entry.At, time).Clock;
            facts.Apply(entry);
            var next = PolicyOf(facts.PolicyId, policies);
            if (!Equals(next.Calendar, policy.Calendar))
            {
                // As live: what was counted under the old calendar stays, the new one counts from the change.
                response = response.Recount(entry.At, time);
                resolution = resolution.Recount(entry.At, time);
                time = WorkingTimeOf(next.Calendar);
            }

            policy = next;
            response = Step(response, facts, policy, entry.At, time);
            resolution = Step(resolution, facts, policy, entry.At, time);
        }

        return new IncidentSlaReplayResult(
            policy.Id,
            policy.For(facts.Priority),
            policy.Calendar,
            response.Advance(now, time).Clock,
            resolution.Advance(now, time).Clock);
    }

    public static IWorkingTime WorkingTimeOf(BusinessCalendar? calendar) =>
        calendar is null ? ContinuousWorkingTime.Instance : new BusinessCalendarWorkingTime(calendar);

    private static SlaClock Step(SlaClock clock, IncidentSlaFacts facts, SlaPolicy policy, DateTimeOffset at, IWorkingTime time)
    {
        var targets = policy.For(facts.Priority);
        var target = clock.Kind == SlaClockKind.Response ? targets.Response : targets.Resolution;
        return clock.Toward(IncidentSlaPlan.Desired(clock.Kind, facts.Status, facts.Responded), target, at, time);
    }

    private static SlaPolicy PolicyOf(string policyId, Func<string, SlaPolicy?> policies) =>
        policies(policyId) ?? throw new DomainValidationException("slaPolicy", $"The incident's SLA policy '{policyId}' is no longer configured.");
}
