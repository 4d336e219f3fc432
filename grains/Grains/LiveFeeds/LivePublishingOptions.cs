namespace ItsmOrleans.Grains.LiveFeeds;

/// <summary>Bound from "Boards:Publishing".</summary>
public sealed class LivePublishingOptions
{
    public const string Section = "Boards:Publishing";

    /// <summary>How long changes collect before a push: short, so a quiet change reaches the pages at once.</summary>
    public TimeSpan BatchInterval { get; set; } = TimeSpan.FromMilliseconds(15);

    /// <summary>The shortest gap between two pushes of the same incident: a storm on one incident sends its latest state at most this often.</summary>
    public TimeSpan PerIncidentInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Events of one kind (feed lines, mentions) buffered between pushes; beyond it the oldest are dropped and counted.</summary>
    public int ActivityBuffer { get; set; } = 500;

    /// <summary>How long a push to one web host may take before it is abandoned; a slow host must not hold up the others.</summary>
    public TimeSpan HostTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
