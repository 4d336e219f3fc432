using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Hosting.ReadModel;

using ItsmOrleans.Web.Tickets;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// Keeps this host registered for board changes and its board state whole. The state is loaded from the read model
/// after the first registration (so no change falls between the load and the first push) and loaded again whenever
/// this host may have missed changes: its registration had lapsed, a publisher says so, or the cluster connection
/// was lost.
/// </summary>
public sealed class BoardHostRegistration(
    IGrainFactory grains,
    BoardFeed feed,
    LiveListFeed<string, ServiceSummary> services,
    LiveListFeed<Guid, MajorIncidentSummary> majorIncidents,
    LiveListFeed<string, BoardNotice> notices,
    ChangeCalendarFeed calendar,
    TicketRoomFeed tickets,
    LiveListFeed<Guid, TicketPresence> presence,
    LiveListFeed<Guid, AlertSummary> alerts,
    MentionFeed mentions,
    MyTicketFeed myTickets,
    IIncidentReadModel readModel,
    IServiceReadModel serviceReadModel,
    IMajorIncidentReadModel majorIncidentReadModel,
    INoticeReadModel noticeReadModel,
    IAlertReadModel alertReadModel,
    ILogger<BoardHostRegistration> logger) : BackgroundService
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);
    private const int MaxActiveMajorIncidents = 500;

    /// <summary>Boards show the most recently seen open alerts; more than this many are a storm the board summarises anyway.</summary>
    public const int MaxOpenAlerts = 2000;

    private readonly string _hostId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly BoardObserver _observer = new(feed, services, majorIncidents, notices, calendar, tickets, presence, alerts, mentions, myTickets);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var registry = grains.GetGrain<IBoardHostRegistryGrain>(0);
        var reference = grains.CreateObjectReference<IBoardObserver>(_observer);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = RenewEvery;
                try
                {
                    var wasRegistered = await registry.Register(_hostId, reference);
                    if (!wasRegistered || feed.TakeReloadRequest() || !feed.Loaded.IsCompleted)
                    {
                        await Load(stoppingToken);
                    }
                }
                catch (Exception exception) when (exception is OrleansException or TimeoutException or System.Data.Common.DbException)
                {
                    logger.LogWarning(exception, "Could not register for board changes or load the board; retrying");
                    feed.RequestReload();
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
            grains.DeleteObjectReference<IBoardObserver>(reference);
        }
    }

    private async Task Load(CancellationToken stoppingToken)
    {
        var first = !feed.Loaded.IsCompleted;
        feed.BeginLoad();
        try
        {
            feed.CompleteLoad(await readModel.ListOpen(stoppingToken));
            services.Load(await serviceReadModel.ListAll(stoppingToken));
            majorIncidents.Load(await majorIncidentReadModel.List(all: false, MaxActiveMajorIncidents, stoppingToken));
            notices.Load(await noticeReadModel.ListActive(stoppingToken));
            alerts.Load(await alertReadModel.ListOpen(MaxOpenAlerts, stoppingToken));

            // Presence is never stored: this host starts with nobody and learns of rooms as people come and go.
            presence.Load([]);
            if (!first)
            {
                calendar.ReloadAll();
            }

        }
        catch
        {
            feed.AbandonLoad();
            throw;
        }

        if (first)
        {
            logger.LogInformation("Board state loaded; this host receives board changes as {HostId}", _hostId);
        }
        else
        {
            logger.LogInformation("Board state reloaded for {HostId}", _hostId);
        }
    }

    private async Task WaitForRenewalOrReload(TimeSpan wait, CancellationToken stoppingToken)
    {
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        renewal.CancelAfter(wait);
        try
        {
            await feed.WaitForReloadRequest(renewal.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Time to renew.
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
