using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>A service request as lists show it; also the shape of the read model.</summary>
/// <param name="OpenTasks">The fulfilment tasks not yet done while the request is in fulfilment; they feed the task queue.</param>
[GenerateSerializer, Immutable, Alias("itsm.ServiceRequestSummary")]
public sealed record ServiceRequestSummary(
    Guid Id,
    string Number,
    string ItemName,
    ServiceRequestStatus Status,
    string RequestedBy,
    string RequestedFor,
    string FulfilmentGroup,
    DateTimeOffset? FulfilmentDueAt,
    DateTimeOffset UpdatedAt,
    int Revision,
    IReadOnlyList<FulfilmentTask>? OpenTasks = null) : ILiveRecord
{
    string ILiveRecord.LiveKey => Id.ToString("N");

    long ILiveRecord.Revision => Revision;
}
