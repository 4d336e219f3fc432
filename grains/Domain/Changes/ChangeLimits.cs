namespace ItsmOrleans.Domain.Changes;

/// <summary>The size limits of change fields.</summary>
public static class ChangeLimits
{
    public const int Plan = 20_000;
    public const int Alternatives = 20;
    public const int AlternativeText = 2_000;
    public const int Templates = 200;
    public const int Freezes = 200;
    public static readonly TimeSpan LongestWindow = TimeSpan.FromDays(31);
    public static readonly TimeSpan LongestFreeze = TimeSpan.FromDays(366);
    public static readonly DateTimeOffset EarliestDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset LatestDate = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
