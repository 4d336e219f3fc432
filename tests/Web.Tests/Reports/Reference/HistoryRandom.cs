namespace ItsmOrleans.Web.Tests.Reports.Reference;

/// <summary>The seeded choices the history generators make: the same seed, the same histories.</summary>
public sealed class HistoryRandom(int seed)
{
    private readonly Random _random = new(seed);

    public int Next(int maxValue) => _random.Next(maxValue);

    public int Next(int minValue, int maxValue) => _random.Next(minValue, maxValue);

    public T Pick<T>(IReadOnlyList<T> choices) => choices[_random.Next(choices.Count)];

    /// <summary>One of <paramref name="choices"/>, or nothing one time in three.</summary>
    public string? Maybe(IReadOnlyList<string> choices) => _random.Next(3) == 0 ? null : Pick(choices);

    public Guid Id() => new([.. Enumerable.Range(0, 16).Select(_ => (byte)_random.Next(256))]);

    /// <summary>A moment in the 20 days from <paramref name="start"/>, to the second.</summary>
    public DateTimeOffset Within20Days(DateTimeOffset start) => start.AddSeconds(_random.Next(20 * 86400));
}
