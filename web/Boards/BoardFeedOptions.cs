namespace ItsmOrleans.Web.Boards;

/// <summary>Bound from "Boards:Feed".</summary>
public sealed class BoardFeedOptions
{
    public const string Section = "Boards:Feed";

    /// <summary>The shortest gap between two deltas to one board client.</summary>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(25);
}
