namespace ItsmOrleans.Contracts.Services;

/// <summary>When a service may be worked on: weekly windows and one-off windows. Empty means it defines none.</summary>
[GenerateSerializer, Immutable, Alias("itsm.MaintenanceSchedule")]
public sealed record MaintenanceSchedule(IReadOnlyList<WeeklyMaintenanceWindow> Weekly, IReadOnlyList<OneOffMaintenanceWindow> OneOff)
{
    public static MaintenanceSchedule None { get; } = new([], []);

    public bool IsEmpty => Weekly.Count == 0 && OneOff.Count == 0;
}
