namespace ItsmOrleans.Grains.Boards;

/// <summary>Bound from "Boards:Publishing".</summary>
public sealed class BoardPublishingOptions
{
    public const string Section = "Boards:Publishing";

    /// <summary>At most one push per window: a quiet change goes out at once, a storm is coalesced to its latest state per incident.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Feed lines buffered between pushes; beyond it the oldest are dropped and counted.</summary>
    public int ActivityBuffer { get; set; } = 500;

    /// <summary>How long a push to one web host may take before it is abandoned; a slow host must not hold up the others.</summary>
    public TimeSpan HostTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
