namespace ItsmOrleans.Contracts.Services;

/// <summary>How well a service works right now; higher is worse.</summary>
public enum ServiceStatus
{
    Operational = 0,
    Degraded = 1,
    PartialOutage = 2,
    MajorOutage = 3,
}
