namespace ItsmOrleans.Contracts.Services;

/// <summary>A maintenance window that recurs every week, in the service's local time.</summary>
/// <param name="Day">The weekday the window opens on.</param>
/// <param name="Start">Local opening time on that day.</param>
/// <param name="Duration">How long it stays open (it may run into the next days).</param>
/// <param name="TimeZone">An IANA time zone id such as "Europe/Paris".</param>
[GenerateSerializer, Immutable, Alias("itsm.WeeklyMaintenanceWindow")]
public sealed record WeeklyMaintenanceWindow(DayOfWeek Day, TimeOnly Start, TimeSpan Duration, string TimeZone);
