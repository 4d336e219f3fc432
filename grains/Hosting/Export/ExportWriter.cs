using System.Text.Json;

namespace ItsmOrleans.Hosting.Export;

/// <summary>Writes the export's named arrays, flushing the response after every page so only one page is held at a time.</summary>
public sealed class ExportWriter(Utf8JsonWriter writer, JsonSerializerOptions options, CancellationToken cancellationToken)
{
    /// <summary>A small list held in memory anyway (policies, calendars).</summary>
    public void Write<T>(string name, IEnumerable<T> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            JsonSerializer.Serialize(writer, item, options);
        }

        writer.WriteEndArray();
    }

    /// <summary>A read-model list, page after page by the id of each page's last row until a page comes back short.</summary>
    public async Task Paged<T>(string name, Func<string?, Task<IReadOnlyList<T>>> pageAfter, Func<T, string> idOf)
    {
        writer.WriteStartArray(name);
        string? after = null;
        while (true)
        {
            var page = await pageAfter(after);
            foreach (var item in page)
            {
                JsonSerializer.Serialize(writer, item, options);
            }

            await writer.FlushAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            after = idOf(page[^1]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Tickets from their saved grain states, each mapped to what the API returns for it.</summary>
    public Task Tickets<TState, TExport>(
        string name, IAsyncEnumerable<IReadOnlyList<StoredGrainState<TState>>> pages, Func<TState, bool> created, Func<StoredGrainState<TState>, TExport> export)
        where TExport : class =>
        Rows(name, pages, stored => created(stored.State) ? export(stored) : null);

    /// <summary>Rows page after page (grain states or read-model rows), each mapped to its public view; null leaves a row out.</summary>
    public async Task Rows<TRow, TExport>(string name, IAsyncEnumerable<IReadOnlyList<TRow>> pages, Func<TRow, TExport?> export)
        where TExport : class
    {
        writer.WriteStartArray(name);
        await foreach (var page in pages.WithCancellation(cancellationToken))
        {
            foreach (var view in page.Select(export).OfType<TExport>())
            {
                JsonSerializer.Serialize(writer, view, options);
            }

            await writer.FlushAsync(cancellationToken);
        }

        writer.WriteEndArray();
    }
}
