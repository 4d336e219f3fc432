namespace ItsmOrleans.Contracts.Services;

/// <summary>
/// A service collected many incidents in a short time: probably one underlying problem. Stays until an agent turns it
/// into a problem or dismisses it.
/// </summary>
/// <param name="IncidentNumbers">The incidents of the burst, oldest first (at most 50).</param>
[GenerateSerializer, Immutable, Alias("itsm.ProblemSuggestion")]
public sealed record ProblemSuggestion(
    string ServiceId,
    string ServiceName,
    IReadOnlyList<Guid> IncidentIds,
    IReadOnlyList<string> IncidentNumbers,
    DateTimeOffset FirstIncidentAt,
    DateTimeOffset RaisedAt);
