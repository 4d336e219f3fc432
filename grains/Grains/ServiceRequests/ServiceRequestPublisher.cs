using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Grains.Projections;
using ItsmOrleans.Grains.Search;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>
/// How a saved service request reaches its list row and search document (see <see cref="ProjectionRetry"/> for what
/// happens when it cannot), then the live pages.
/// </summary>
/// <param name="logger">The grain's: a retry is logged where it always was, under the service request grain.</param>
public sealed class ServiceRequestPublisher(
    IServiceRequestProjection rows,
    ISearchProjection search,
    IGrainFactory grains,
    TimeProvider time,
    ILogger<ServiceRequestGrain> logger)
{
    public async Task Publish(Guid id, ServiceRequestState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var row = Row(id, state);
        var indexed = ServiceRequestSearchDocument.Of(id, state);
        await ProjectionRetry.Run(async () =>
        {
            await rows.Upsert(row, CancellationToken.None);
            await search.Upsert(indexed, CancellationToken.None);
        }, time, logger, state.Number);

        // After the read model, so a list re-read on hearing of the change already finds it.
        await grains.Publish(row);
    }

    private static ServiceRequestSummary Row(Guid id, ServiceRequestState state) => new(
        id, state.Number, state.Item?.Name ?? "", state.Status, state.RequestedBy, state.RequestedFor, state.Item?.FulfilmentGroup ?? "",
        state.Fulfilment?.DueAt, state.UpdatedAt, state.Revision,
        state.Status == ServiceRequestStatus.InFulfilment ? [.. state.Tasks.Where(t => !t.Done)] : []);
}
