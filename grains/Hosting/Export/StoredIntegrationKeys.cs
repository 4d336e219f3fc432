using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Grains.Alerts;

namespace ItsmOrleans.Hosting.Export;

/// <summary>The integration keys as saved, read from the grain storage rows: listing them activates no grain.</summary>
public sealed class StoredIntegrationKeys(GrainStateRows rows)
{
    private const int PageSize = 200;

    /// <summary>The keys that take events at <paramref name="now"/>: current ones and rotated ones still in their overlap, by name.</summary>
    public async Task<IReadOnlyList<IntegrationKeyView>> AcceptingEventsAt(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = new List<IntegrationKeyView>();
        await foreach (var page in rows.KeyedPages<IntegrationKeyState>(IntegrationKeyGrain.StateName, PageSize, cancellationToken))
        {
            keys.AddRange(page.Select(row => row.State.ToView(row.Key)).OfType<IntegrationKeyView>().Where(key => key.AcceptsEventsAt(now)));
        }

        return [.. keys.OrderBy(k => k.Name, StringComparer.OrdinalIgnoreCase).ThenBy(k => k.RetiresAt.HasValue)];
    }
}
