namespace ItsmOrleans.Grains.Services;

/// <summary>N incidents on one service within M minutes suggest a problem. Incidents from before a dismissal do not count again.</summary>
public static class ProblemSuggestionRule
{
    public const int MaxListed = 50;

    /// <summary>The incidents raised within the window ending at <paramref name="now"/> (and after <paramref name="notBefore"/>), oldest first.</summary>
    public static IReadOnlyList<RecentIncident> InWindow(IEnumerable<RecentIncident> recent, DateTimeOffset now, TimeSpan window, DateTimeOffset? notBefore) =>
        [.. recent.Where(i => i.CreatedAt > now - window && i.CreatedAt <= now && (notBefore is null || i.CreatedAt > notBefore)).OrderBy(i => i.CreatedAt)];

    /// <summary>The burst that makes a suggestion, or null when there are fewer than <paramref name="threshold"/> incidents in the window.</summary>
    public static IReadOnlyList<RecentIncident>? Burst(IEnumerable<RecentIncident> recent, DateTimeOffset now, int threshold, TimeSpan window, DateTimeOffset? notBefore)
    {
        var inWindow = InWindow(recent, now, window, notBefore);
        return threshold > 0 && inWindow.Count >= threshold ? inWindow : null;
    }
}
