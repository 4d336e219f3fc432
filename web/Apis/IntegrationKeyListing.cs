using ItsmOrleans.Hosting.Export;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// GET /api/integrations: the integration keys that events are taken with, current ones and rotated ones still in their
/// overlap, by name. Administrators' integration endpoints show keys whole; the console shows only their endings.
/// </summary>
public static class IntegrationKeyListing
{
    public static async Task<IResult> List(StoredIntegrationKeys keys, TimeProvider time, CancellationToken cancellationToken) =>
        Results.Ok(await keys.AcceptingEventsAt(time.GetUtcNow(), cancellationToken));
}
