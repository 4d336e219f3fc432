using ItsmOrleans.Domain.Slas;
using Microsoft.Extensions.Hosting;

namespace ItsmOrleans.Hosting.Cluster;

/// <summary>
/// Builds the SLA policy catalog as the host starts: a bad policy or calendar stops the host naming every problem,
/// instead of failing the first incident a silo activates.
/// </summary>
internal sealed class SlaCatalogCheck(ISlaPolicyCatalog catalog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.FromResult(catalog.DefaultPolicyId);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
