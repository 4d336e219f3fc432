namespace ItsmOrleans.Domain.Services;

/// <summary>Bound from "Problems:Suggestion": suggest a problem when a service collects this many incidents within the window.</summary>
public sealed class ProblemSuggestionOptions
{
    public const string Section = "Problems:Suggestion";

    public int Incidents { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(30);
}
