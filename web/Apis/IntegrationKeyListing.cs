using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Grains.Alerts;
using ItsmOrleans.Hosting.Export;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// GET /api/integrations: the integration keys that events are taken with, current ones and rotated ones still in their
/// overlap, by name. Administrators' integration endpoints show keys whole; the console shows only their endings.
/// </summary>
public static class IntegrationKeyListing
{
    private const int PageSize = 200;

    public static async Task<IResult> List(GrainStateRows rows, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var keys = new List<IntegrationKeyView>();
        await foreach (var page in rows.KeyedPages<IntegrationKeyState>(IntegrationKeyGrain.StateName, PageSize, cancellationToken))
        {
            keys.AddRange(page.Select(row => row.State.ToView(row.Key)).OfType<IntegrationKeyView>().Where(key => key.AcceptsEventsAt(now)));
        }

        return Results.Ok(keys.OrderBy(k => k.Name, StringComparer.OrdinalIgnoreCase).ThenBy(k => k.RetiresAt.HasValue));
    }
}
