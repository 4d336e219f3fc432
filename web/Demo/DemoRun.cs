using ItsmOrleans.Contracts.Demo;
using ItsmOrleans.Web.Demo.Organisation;

namespace ItsmOrleans.Web.Demo;

/// <summary>One seeding of the demo organisation: what to seed, who acts, and the marker it began with.</summary>
public sealed record DemoRun(DemoOrganisation Organisation, DemoActors Actors, DemoSeedMarker Marker)
{
    public DemoTime Time { get; } = new(Marker.BegunAt);

    public Task<CommandContext> AsAdministrator(string? requestId = null) => Actors.Context(Organisation.Administrator, requestId);
}
