using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Contracts.Services;

/// <summary>A service on the service map and in lists: its definition in brief, its edges and its health.</summary>
/// <param name="Suggestion">A suggested problem: many incidents on this service in a short time.</param>
/// <param name="Revision">Grows with every change, health included; the higher revision wins.</param>
[GenerateSerializer, Immutable, Alias("itsm.ServiceSummary")]
public sealed record ServiceSummary(
    string Id,
    string Name,
    ServiceKind Kind,
    int Criticality,
    string? SupportGroup,
    IReadOnlyList<string> DependsOn,
    ServiceHealth Health,
    long Revision,
    ProblemSuggestion? Suggestion = null) : ILiveRecord
{
    string ILiveRecord.LiveKey => Id;
}
