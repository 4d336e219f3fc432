using ItsmOrleans.Contracts.Continuity;

namespace ItsmOrleans.Domain.Continuity;

/// <summary>Builds the continuity report from the services and the plans (retired plans count for nothing).</summary>
public static class ContinuityReporting
{
    public static ContinuityReport Build(IEnumerable<(string Id, string Name)> services, IReadOnlyList<ContinuityPlanView> plans, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(plans);
        var live = plans.Where(p => p.Status != PlanStatus.Retired).ToList();
        var covered = live.Where(p => p.Status == PlanStatus.Approved).SelectMany(p => p.Content.ServiceIds).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var uncovered = services
            .Where(s => !covered.Contains(s.Id))
            .Select(s => new UncoveredService(s.Id, s.Name, [.. live
                .Where(p => p.Status == PlanStatus.Draft && p.Content.ServiceIds.Contains(s.Id, StringComparer.OrdinalIgnoreCase))
                .Select(p => p.Number)]))
            .OrderBy(s => s.ServiceId, StringComparer.Ordinal)
            .ToList();

        var due = live
            .Select(p => new PlanDue(
                p.Id, p.Number, p.Content.Title, p.Content.ReviewBy,
                p.Content.ReviewBy is { } review && review < today,
                p.Status == PlanStatus.Approved && ExerciseSchedule.IsOverdue(null, p.Content.ExerciseEveryMonths, today)))
            .Where(d => d.ReviewOverdue || d.ExerciseOverdue)
            .OrderBy(d => d.Number, StringComparer.Ordinal)
            .ToList();

        var recoveries = plans
            .SelectMany(p => p.Invocations.Where(i => i is { EndedAt: not null, Outcome: not null }).Select(i => new RecoveryResult(
                p.Id, p.Number, p.Content.Title, i.Number, i.InvokedAt, i.EndedAt!.Value - i.InvokedAt, i.Rto, i.Outcome!.Value, i.RtoMet)))
            .OrderByDescending(r => r.InvokedAt)
            .ToList();
        return new ContinuityReport(uncovered, due, recoveries, recoveries.Count(r => r.RtoMet == true), recoveries.Count(r => r.RtoMet == false));
    }
}
