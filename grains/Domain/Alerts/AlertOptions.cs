namespace ItsmOrleans.Domain.Alerts;

/// <summary>How alerts group into incidents, when they count as flapping, and whether incidents resolve with their alerts.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>
    /// An alert that opens within this time of the last alert of its group (same service, same group key) joins that
    /// group's open incident instead of raising a new one.
    /// </summary>
    public TimeSpan GroupingWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Resolve an incident when every alert grouped into it has resolved.</summary>
    public bool AutoResolve { get; set; } = true;

    /// <summary>Opens and resolves of one alert within <see cref="FlapWindow"/> that make it flapping.</summary>
    public int FlapTransitions { get; set; } = 4;

    public TimeSpan FlapWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A flapping alert settles (and its last reported state applies) after this long without a transition.</summary>
    public TimeSpan FlapQuietPeriod { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Repeats of an alert reach boards and lists at most this often; opens, acknowledges and resolves go at once.</summary>
    public TimeSpan RepeatPublishInterval { get; set; } = TimeSpan.FromSeconds(1);
}
