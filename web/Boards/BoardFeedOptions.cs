namespace ItsmOrleans.Web.Boards;

/// <summary>Bound from "Boards:Feed".</summary>
public sealed class BoardFeedOptions
{
    public const string Section = "Boards:Feed";

    /// <summary>The shortest gap between two deltas of a scope (one tick).</summary>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// How many frames a second this host hands to its board clients at most: with more clients than this allows at
    /// <see cref="MinInterval"/>, ticks lengthen (each frame then carries more changes) instead of the host spending
    /// its CPU on one send per client every 25 ms. Zero keeps every tick at <see cref="MinInterval"/>.
    /// </summary>
    public int MaxSendsPerSecond { get; set; } = 20_000;

    /// <summary>The gap until the next tick with <paramref name="clients"/> board clients connected.</summary>
    public TimeSpan Tick(int clients) =>
        MaxSendsPerSecond <= 0 ? MinInterval : TimeSpan.FromTicks(Math.Max(MinInterval.Ticks, TimeSpan.TicksPerSecond * clients / MaxSendsPerSecond));
}
