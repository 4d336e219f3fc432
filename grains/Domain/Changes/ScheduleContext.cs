using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Domain.Changes;

/// <summary>What a change's window is checked against.</summary>
/// <param name="Others">Other changes that hold an overlapping window (the detector checks the overlap again).</param>
/// <param name="DependsOn">Every service the change's service depends on, directly or not.</param>
/// <param name="Dependents">Every service that depends on the change's service, directly or not.</param>
/// <param name="InsideMaintenanceWindow">Whether the window fits in one of the service's maintenance windows; null when the service defines none.</param>
public sealed record ScheduleContext(
    IReadOnlyList<ChangeSummary> Others,
    IReadOnlySet<string> DependsOn,
    IReadOnlySet<string> Dependents,
    IReadOnlyList<FreezePeriod> Freezes,
    bool? InsideMaintenanceWindow);
