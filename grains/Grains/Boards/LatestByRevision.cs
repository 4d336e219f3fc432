namespace ItsmOrleans.Grains.Boards;

/// <summary>The latest row per key while rows wait to be pushed: a row replaces a waiting one only with a higher revision.</summary>
internal sealed class LatestByRevision<TKey, TRow>(Func<TRow, TKey> key, Func<TRow, long> revision)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TRow> _rows = [];

    public int Count => _rows.Count;

    public void Offer(TRow row)
    {
        var id = key(row);
        if (!_rows.TryGetValue(id, out var known) || revision(known) < revision(row))
        {
            _rows[id] = row;
        }
    }

    public void OfferAll(IEnumerable<TRow>? rows)
    {
        foreach (var row in rows ?? [])
        {
            Offer(row);
        }
    }

    /// <summary>Every waiting row, emptying the collection.</summary>
    public List<TRow> TakeAll()
    {
        var rows = _rows.Values.ToList();
        _rows.Clear();
        return rows;
    }
}
