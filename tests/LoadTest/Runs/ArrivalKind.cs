namespace ItsmOrleans.LoadTest.Runs;

/// <summary>How arrivals are spaced at the target rate.</summary>
public enum ArrivalKind
{
    /// <summary>Evenly: one every 1/rate seconds.</summary>
    Constant,

    /// <summary>A Poisson process: exponential gaps with mean 1/rate, from the run's seed.</summary>
    Poisson,
}
