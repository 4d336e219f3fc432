namespace ItsmOrleans.Web.Boards;

/// <summary>Bound from "Boards:Feed".</summary>
public sealed class BoardFeedOptions
{
    public const string Section = "Boards:Feed";

    /// <summary>One tick: the shortest gap between two deltas of a scope.</summary>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(25);
}
