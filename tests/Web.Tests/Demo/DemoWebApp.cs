using ItsmOrleans.Web.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace ItsmOrleans.Web.Tests.Demo;

/// <summary>The web app over a data folder it shares with the hosts before and after it, started with or without --Demo=true.</summary>
public sealed class DemoWebApp(string dataFolder, bool demo) : WebAppFixture
{
    private static readonly TimeSpan SeedingTimeout = TimeSpan.FromMinutes(2);

    /// <summary>What this start's seeding did, once it is done.</summary>
    public Task<DemoSeedResult> Seeding => Services.GetRequiredService<DemoSeeding>().Finished.WaitAsync(SeedingTimeout);

    protected override IEnumerable<KeyValuePair<string, string?>> Overrides =>
    [
        new("Database:DataFolder", dataFolder),
        new("Demo", demo ? "true" : "false"),
    ];
}
