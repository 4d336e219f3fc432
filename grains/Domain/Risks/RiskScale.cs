namespace ItsmOrleans.Domain.Risks;

/// <summary>What each of the five impact and likelihood levels means, so that two people scoring one risk mean the same.</summary>
public static class RiskScale
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public static IReadOnlyList<RiskLevel> Impact { get; } =
    [
        new(1, "Negligible", "No noticeable effect on customers; absorbed in normal work."),
        new(2, "Minor", "A few users inconvenienced for hours; no breach of an SLA or obligation."),
        new(3, "Moderate", "A service degraded or down for part of a day; SLA targets missed; some cost or complaints."),
        new(4, "Major", "A vital business function stopped for a day or more; significant cost, regulatory notice or press."),
        new(5, "Severe", "The business cannot operate: prolonged outage of vital functions, major loss, legal or safety consequences."),
    ];

    public static IReadOnlyList<RiskLevel> Likelihood { get; } =
    [
        new(1, "Rare", "Could happen only in exceptional circumstances: less than once in ten years."),
        new(2, "Unlikely", "Not expected, but possible: about once in five to ten years."),
        new(3, "Possible", "Might happen: about once in one to five years."),
        new(4, "Likely", "Will probably happen: about once a year."),
        new(5, "Almost certain", "Expected to happen: several times a year, or it is happening now."),
    ];

    public static bool IsLevel(int level) => level is >= Lowest and <= Highest;
}

/// <summary>One level of a risk scale: its number, its name and what it means.</summary>
public sealed record RiskLevel(int Level, string Name, string Meaning);
