namespace ItsmOrleans.LoadTest.Seeding;

/// <summary>
/// Picks items so that the k-th is chosen in proportion to 1/k^s, as words occur in real text: a few very often,
/// most rarely.
/// </summary>
public sealed class ZipfPicker<T>
{
    private readonly IReadOnlyList<T> _items;
    private readonly double[] _cumulative;

    public ZipfPicker(IReadOnlyList<T> items, double exponent = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfZero(items.Count);
        _items = items;
        _cumulative = new double[items.Count];
        var total = 0.0;
        for (var k = 0; k < items.Count; k++)
        {
            total += 1.0 / Math.Pow(k + 1, exponent);
            _cumulative[k] = total;
        }

        for (var k = 0; k < items.Count; k++)
        {
            _cumulative[k] /= total;
        }
    }

    public T Pick(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _items[Math.Min(index < 0 ? ~index : index, _items.Count - 1)];
    }
}
