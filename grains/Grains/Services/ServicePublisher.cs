using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Grains.Projections;
using ItsmOrleans.Grains.Search;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.Services;

/// <summary>How a service reaches search (when its definition changes) and its list row and the boards (when its health or suggestion does).</summary>
/// <param name="logger">The grain's: a retry is logged where it always was, under the service grain.</param>
public sealed class ServicePublisher(
    IServiceProjection rows,
    ISearchProjection search,
    IGrainFactory grains,
    TimeProvider time,
    ILogger<ServiceGrain> logger)
{
    /// <summary>Writes the service's search document (see <see cref="ProjectionRetry"/> for what happens when it cannot).</summary>
    public Task Index(string key, ServiceState state)
    {
        var indexed = ServiceSearchDocument.Of(key, state, time.GetUtcNow());
        return ProjectionRetry.Run(() => search.Upsert(indexed, CancellationToken.None), time, logger, key);
    }

    /// <summary>Writes the service's list row, then tells the boards.</summary>
    public async Task Publish(ServiceSummary row)
    {
        await rows.Upsert(row, CancellationToken.None);
        await grains.Publish(row);
    }
}
