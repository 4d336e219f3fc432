using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Hosting.ReadModel;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// Registers this host with the cluster's board registry and keeps the registration alive. The board state is loaded
/// from the read model only after the first registration, so no change can fall between the load and the first push.
/// </summary>
public sealed class BoardHostRegistration(
    IGrainFactory grains,
    BoardFeed feed,
    IIncidentReadModel readModel,
    ILogger<BoardHostRegistration> logger) : BackgroundService
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);

    private readonly string _hostId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly BoardObserver _observer = new(feed);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var registry = grains.GetGrain<IBoardHostRegistryGrain>(0);
        var reference = grains.CreateObjectReference<IBoardObserver>(_observer);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var delay = RenewEvery;
                try
                {
                    await registry.Register(_hostId, reference);
                    if (!feed.Loaded.IsCompleted)
                    {
                        feed.Load(await readModel.ListOpen(stoppingToken));
                        logger.LogInformation("Board state loaded; this host receives board changes as {HostId}", _hostId);
                    }
                }
                catch (Exception exception) when (exception is OrleansException or TimeoutException or System.Data.Common.DbException)
                {
                    logger.LogWarning(exception, "Could not register this host for board changes; retrying");
                    delay = RetryEvery;
                }

                await Task.Delay(delay, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            await Unregister(registry);
            grains.DeleteObjectReference<IBoardObserver>(reference);
        }
    }

    private async Task Unregister(IBoardHostRegistryGrain registry)
    {
        try
        {
            await registry.Unregister(_hostId).WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            logger.LogInformation("Leaving without unregistering; the registry forgets this host when it stops renewing");
        }
    }
}
