namespace ItsmOrleans.Domain.Reports;

/// <summary>The age buckets of the backlog at a moment: how long its incidents had been open.</summary>
public static class BacklogAges
{
    private static readonly TimeSpan[] Limits = [TimeSpan.FromDays(1), TimeSpan.FromDays(3), TimeSpan.FromDays(7), TimeSpan.FromDays(30)];

    /// <summary>One label per bucket, youngest first.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["under 1 day", "1-3 days", "3-7 days", "7-30 days", "30 days or more"];

    /// <summary>The opening times that separate the buckets at <paramref name="at"/>, newest first.</summary>
    public static IReadOnlyList<DateTimeOffset> Boundaries(DateTimeOffset at) => [.. Limits.Select(limit => at - limit)];
}
