using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Web.LiveFeeds;

/// <summary>
/// Keeps this host registered for live batches and its live state whole. Every feed loads from the read model after
/// the first registration (so no change falls between the load and the first push) and again whenever this host may
/// have missed changes: its registration had lapsed, a publisher says so, or the cluster connection was lost.
/// </summary>
public sealed class LiveFeedHostRegistration(
    IGrainFactory grains,
    LiveFeedObserver observer,
    IEnumerable<ILiveFeedConsumer> consumers,
    LiveFeedReloads reloads,
    ILogger<LiveFeedHostRegistration> logger) : BackgroundService
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);

    private readonly string _hostId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly ILiveFeedConsumer[] _consumers = [.. consumers];
    private bool _loaded;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var registry = grains.GetGrain<ILiveFeedHostRegistryGrain>(0);
        var reference = grains.CreateObjectReference<ILiveFeedObserver>(observer);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = RenewEvery;
                try
                {
                    var wasRegistered = await registry.Register(_hostId, reference);
                    if (!wasRegistered || reloads.TakeRequest() || !_loaded)
                    {
                        await Load(stoppingToken);
                    }
                }
                catch (Exception exception) when (exception is OrleansException or TimeoutException or System.Data.Common.DbException)
                {
                    logger.LogWarning(exception, "Could not register for live batches or load the live state; retrying");
                    reloads.Request();
                    wait = RetryEvery;
                }

                await WaitForRenewalOrReload(wait, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            await Unregister(registry);
            grains.DeleteObjectReference<ILiveFeedObserver>(reference);
        }
    }

    private async Task Load(CancellationToken stoppingToken)
    {
        var first = !_loaded;
        foreach (var consumer in _consumers)
        {
            await consumer.Reload(first, stoppingToken);
        }

        _loaded = true;
        if (first)
        {
            logger.LogInformation("Live state loaded; this host receives live batches as {HostId}", _hostId);
        }
        else
        {
            logger.LogInformation("Live state reloaded for {HostId}", _hostId);
        }
    }

    private async Task WaitForRenewalOrReload(TimeSpan wait, CancellationToken stoppingToken)
    {
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        renewal.CancelAfter(wait);
        try
        {
            await reloads.WaitForRequest(renewal.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Time to renew.
        }
    }

    private async Task Unregister(ILiveFeedHostRegistryGrain registry)
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
