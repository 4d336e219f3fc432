using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Contracts.MajorIncidents;

/// <summary>A major incident as lists and the boards' banner show it; also the shape of the read model.</summary>
[GenerateSerializer, Immutable, Alias("itsm.MajorIncidentSummary")]
public sealed record MajorIncidentSummary(
    Guid Id,
    string Number,
    string Title,
    MajorIncidentStatus Status,
    string Commander,
    string PrimaryIncidentNumber,
    int ChildCount,
    DateTimeOffset PromotedAt,
    DateTimeOffset? NextUpdateDue,
    UpdateDueState UpdateDue,
    DateTimeOffset UpdatedAt,
    int Version,
    int Revision) : ILiveRecord
{
    string ILiveRecord.LiveKey => Id.ToString("N");

    long ILiveRecord.Revision => Revision;

    /// <summary>Active major incidents are on every board's banner.</summary>
    public bool IsActive => Status == MajorIncidentStatus.Active;
}
