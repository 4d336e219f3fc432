using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Demo;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.Demo.Organisation;

namespace ItsmOrleans.Web.Demo;

/// <summary>
/// With Demo=true: seeds the demo organisation into an empty database, part by part, through the grains. A marker
/// written before the first record and finished after the last decides what a start does: nothing once finished,
/// finish the seeding when begun (every part is idempotent), and otherwise seed only if the database holds nothing.
/// </summary>
public sealed class DemoSeeding(
    IGrainFactory grains,
    BoardFeed board,
    ExistingRecords existing,
    IEnumerable<IDemoPart> parts,
    TimeProvider time,
    ILogger<DemoSeeding> logger) : BackgroundService
{
    private readonly TaskCompletionSource<DemoSeedResult> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when this start has seeded, or decided not to; faults when seeding failed.</summary>
    public Task<DemoSeedResult> Finished => _finished.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            _finished.SetResult(await Run(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _finished.SetCanceled(stoppingToken);
        }
        catch (Exception exception)
        {
            // The app stays up for what was seeded; the next start finishes the seeding from the marker.
            logger.LogError(exception, "Demo: seeding the demo organisation failed; restart to finish it");
            _finished.SetException(exception);
        }
    }

    private async Task<DemoSeedResult> Run(CancellationToken stoppingToken)
    {
        // Seeded once this host's boards are listening, so the organisation arrives on them live.
        await board.Loaded.WaitAsync(stoppingToken);
        var marker = grains.GetGrain<IDemoSeedMarkerGrain>(0);
        var begun = await marker.Get();
        if (begun is { Finished: true })
        {
            logger.LogInformation("Demo: the demo organisation was seeded at {FinishedAt:u}; nothing to add", begun.FinishedAt);
            return new DemoSeedResult(DemoSeedOutcome.AlreadySeeded, TimeSpan.Zero);
        }

        if (begun is null && await existing.KindsPresent(stoppingToken) is { Count: > 0 } present)
        {
            logger.LogWarning(
                "Demo: not seeding the demo organisation, because the database already holds {Present}; it is seeded only into an empty database (start with a new Database:DataFolder)",
                string.Join(", ", present));
            return new DemoSeedResult(DemoSeedOutcome.DatabaseHasData, TimeSpan.Zero);
        }

        if (begun is not null)
        {
            logger.LogWarning("Demo: finishing the seeding of the demo organisation begun at {BegunAt:u}", begun.BegunAt);
        }

        var organisation = DemoOrganisation.Load();
        var started = time.GetTimestamp();
        var run = new DemoRun(organisation, new DemoActors(grains), begun ?? await marker.Begin(RoutingKey.New()));
        await Seed(run, stoppingToken);
        await marker.Finish();
        var took = time.GetElapsedTime(started);
        var agent = DemoAccounts.OneFor(Role.Agent);
        logger.LogInformation("Demo: seeded {Organisation} in {Seconds:0.0} s; sign in as {Agent} / {Password}, or as one of its people with <name>-password (docs/demo.md)",
            organisation.Name, took.TotalSeconds, agent, DemoAccounts.PasswordOf(agent));
        logger.LogWarning("Demo: monitoring alerts for {Service} go to POST /v2/enqueue with the routing key {RoutingKey}",
            organisation.Agreements.Integration.ServiceId, run.Marker.IntegrationRoutingKey);
        return new DemoSeedResult(DemoSeedOutcome.Seeded, took);
    }

    private async Task Seed(DemoRun run, CancellationToken stoppingToken)
    {
        foreach (var part in parts)
        {
            stoppingToken.ThrowIfCancellationRequested();
            var started = time.GetTimestamp();
            await part.Seed(run);
            logger.LogDebug("Demo: seeded {Part} in {Milliseconds:0} ms", part.Name, time.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
