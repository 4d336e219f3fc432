using ItsmOrleans.Contracts.MajorIncidents;

namespace ItsmOrleans.Domain.MajorIncidents;

/// <summary>The stakeholder-update clock: when the next update is due, and when it turns "due soon" and "overdue".</summary>
public static class UpdateCadence
{
    public static DateTimeOffset NextDue(DateTimeOffset lastUpdateOrPromotion, TimeSpan cadence) => lastUpdateOrPromotion + cadence;

    /// <summary>The warning period: the configured one, but never more than a quarter of the cadence.</summary>
    public static TimeSpan Warning(TimeSpan cadence, TimeSpan configured) =>
        configured < TimeSpan.FromTicks(cadence.Ticks / 4) ? configured : TimeSpan.FromTicks(cadence.Ticks / 4);

    public static UpdateDueState StateAt(MajorIncidentStatus status, DateTimeOffset? nextDue, TimeSpan warning, DateTimeOffset now) =>
        status != MajorIncidentStatus.Active || nextDue is not { } due ? UpdateDueState.None
        : now >= due ? UpdateDueState.Overdue
        : now >= due - warning ? UpdateDueState.DueSoon
        : UpdateDueState.OnTrack;

    /// <summary>When the state next changes by itself; null when it will not.</summary>
    public static DateTimeOffset? NextChange(MajorIncidentStatus status, DateTimeOffset? nextDue, TimeSpan warning, DateTimeOffset now) =>
        status != MajorIncidentStatus.Active || nextDue is not { } due ? null
        : now < due - warning ? due - warning
        : now < due ? due
        : null;
}
