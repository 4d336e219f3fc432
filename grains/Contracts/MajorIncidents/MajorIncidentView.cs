
namespace ItsmOrleans.Contracts.MajorIncidents;

/// <summary>A major incident with its children, timeline and review.</summary>
[GenerateSerializer, Immutable, Alias("itsm.MajorIncidentView")]
public sealed record MajorIncidentView(
    Guid Id,
    string Number,
    string Title,
    MajorIncidentStatus Status,
    string Commander,
    Guid PrimaryIncidentId,
    IReadOnlyList<ChildIncident> Children,
    TimeSpan UpdateCadence,
    DateTimeOffset? LastUpdateAt,
    DateTimeOffset? NextUpdateDue,
    UpdateDueState UpdateDue,
    IReadOnlyList<TimelineEntry> Timeline,
    PostIncidentReview? Review,
    DateTimeOffset PromotedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    IReadOnlyList<MajorIncidentStatus> AllowedTransitions);
