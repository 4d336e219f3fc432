using ItsmOrleans.LoadTest.Reports;
using ItsmOrleans.LoadTest.Runs;

namespace ItsmOrleans.LoadTest.Scenarios;

/// <summary>A load the tool can put on a hub: prepared once, then run as operations at the intended times.</summary>
public interface IScenario : IScenarioDescription, IAsyncDisposable
{
    /// <summary>Creates what the operations need (services, keys, incidents) and opens the live clients.</summary>
    Task Prepare(RunContext context);

    /// <summary>The arrival times of the run; null to use the rate's schedule.</summary>
    IEnumerable<TimeSpan>? Arrivals => null;

    /// <summary>Runs operation <paramref name="index"/>, due at <paramref name="due"/> into the run: returns its kind (for the report) and an error label, or null when it succeeded.</summary>
    Task<(string Operation, string? Error)> Execute(long index, TimeSpan due, CancellationToken cancellationToken);
}
