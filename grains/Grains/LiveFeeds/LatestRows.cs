using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Grains.LiveFeeds;

/// <summary>The latest row per record while rows wait to be pushed: a row replaces a waiting one only with a higher revision.</summary>
internal sealed class LatestRows
{
    private readonly Dictionary<(string Kind, string Key), LiveRow> _rows = [];

    public int Count => _rows.Count;

    public IEnumerable<LiveRow> Waiting => _rows.Values;

    public void Offer(LiveRow row)
    {
        var id = (row.Kind, row.Key);
        if (!_rows.TryGetValue(id, out var known) || known.Revision < row.Revision)
        {
            _rows[id] = row;
        }
    }

    public void OfferAll(IEnumerable<LiveRow> rows)
    {
        foreach (var row in rows)
        {
            Offer(row);
        }
    }

    public void Remove(LiveRow row) => _rows.Remove((row.Kind, row.Key));

    /// <summary>Every waiting row, emptying the collection.</summary>
    public List<LiveRow> TakeAll()
    {
        var rows = _rows.Values.ToList();
        _rows.Clear();
        return rows;
    }
}
