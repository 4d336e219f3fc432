namespace ItsmOrleans.LoadTest.Runs;

/// <summary>
/// The intended start times of an open-model run: fixed in advance by the rate (and the seed), never by how fast the
/// hub answers, so a slow hub meets the same load instead of a politely slower one.
/// </summary>
public sealed class ArrivalSchedule(double rate, ArrivalKind kind, int seed)
{
    private readonly Random _random = new(seed);
    private double _seconds;
    private long _count;

    /// <summary>The offset from the start of the run at which the next operation is due.</summary>
    public TimeSpan Next()
    {
        var offset = kind == ArrivalKind.Constant ? _count / rate : _seconds;
        _count++;
        if (kind == ArrivalKind.Poisson)
        {
            _seconds += -Math.Log(1 - _random.NextDouble()) / rate;
        }

        return TimeSpan.FromSeconds(offset);
    }
}
