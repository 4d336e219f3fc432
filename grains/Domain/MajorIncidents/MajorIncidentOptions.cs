namespace ItsmOrleans.Domain.MajorIncidents;

/// <summary>Bound from the "MajorIncidents" configuration section.</summary>
public sealed class MajorIncidentOptions
{
    public const string Section = "MajorIncidents";

    /// <summary>How often stakeholders hear news unless the major incident sets its own cadence.</summary>
    public TimeSpan UpdateCadence { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The shortest cadence allowed.</summary>
    public TimeSpan MinimumCadence { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long before an update is due the banner says so (at most a quarter of the cadence).</summary>
    public TimeSpan DueSoonWarning { get; set; } = TimeSpan.FromMinutes(5);
}
