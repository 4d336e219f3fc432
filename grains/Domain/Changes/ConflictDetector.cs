using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Domain.Changes;

/// <summary>
/// Finds what a change's planned window clashes with: changes on the same service or on a related one (either direction
/// of a dependency) in an overlapping window, the service's maintenance windows, change freezes, and an implementer
/// booked twice. Conflicts are warnings; the workflow asks for an override before the change moves on.
/// </summary>
public static class ConflictDetector
{
    public static IReadOnlyList<ChangeConflict> Detect(Guid changeId, string? serviceId, string? implementer, ChangeWindow? window, ScheduleContext context)
    {
        if (window is null)
        {
            return [];
        }

        var conflicts = new List<ChangeConflict>();
        foreach (var other in context.Others.Where(o => o.Id != changeId && o.HoldsWindow && o.Window!.Overlaps(window)).OrderBy(o => o.Number, StringComparer.Ordinal))
        {
            if (serviceId is not null && other.ServiceId == serviceId)
            {
                conflicts.Add(new(ConflictKind.SameService, other.Number, $"{other.Number} changes {serviceId} in an overlapping window."));
            }
            else if (other.ServiceId is { } otherService && context.DependsOn.Contains(otherService))
            {
                conflicts.Add(new(ConflictKind.DependentService, other.Number, $"{other.Number} changes {otherService}, which {serviceId} depends on, in an overlapping window."));
            }
            else if (other.ServiceId is { } dependent && context.Dependents.Contains(dependent))
            {
                conflicts.Add(new(ConflictKind.DependentService, other.Number, $"{other.Number} changes {dependent}, which depends on {serviceId}, in an overlapping window."));
            }

            if (implementer is not null && string.Equals(other.Implementer, implementer, StringComparison.OrdinalIgnoreCase))
            {
                conflicts.Add(new(ConflictKind.ImplementerDoubleBooked, other.Number, $"{implementer} also carries out {other.Number} in an overlapping window."));
            }
        }

        if (context.InsideMaintenanceWindow == false)
        {
            conflicts.Add(new(ConflictKind.OutsideMaintenanceWindow, serviceId ?? "", $"The window is outside the maintenance windows of {serviceId}."));
        }

        foreach (var freeze in context.Freezes.Where(f => f.Covers(serviceId) && f.Start < window.End && window.Start < f.End).OrderBy(f => f.Start))
        {
            conflicts.Add(new(ConflictKind.Freeze, freeze.Id, $"The window falls in the change freeze '{freeze.Name}'."));
        }

        return conflicts;
    }
}
