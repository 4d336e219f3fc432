using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Contracts.Continuity;

/// <summary>A service's business impact analysis as the continuity page shows it; version 0 when nobody has recorded one.</summary>
[GenerateSerializer, Immutable, Alias("itsm.BusinessImpactView")]
public sealed record BusinessImpactView(
    string ServiceId,
    BusinessImpact Impact,
    int Version,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy) : ILiveRecord
{
    string ILiveRecord.LiveKey => ServiceId;

    long ILiveRecord.Revision => Version;
}
