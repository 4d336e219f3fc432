using ItsmOrleans.Contracts.Boards;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident reaches the read model and the boards after each change.</summary>
public sealed partial class IncidentGrain
{
    private static readonly TimeSpan[] ProjectionRetryDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)];
    private static readonly TimeSpan ProjectionRepairPeriod = TimeSpan.FromSeconds(5);

    private IGrainTimer? _projectionRepair;

    private async Task Publish(BoardActivityDraft activity, DateTimeOffset now)
    {
        await Project();
        var summary = Summary();
        var line = new BoardActivity(now, Id, State.Number, State.Priority, activity.Kind, activity.Text);
        await GrainFactory.GetGrain<IBoardPublisherGrain>(0).Publish(new BoardChange(summary, line));
    }

    /// <summary>
    /// Writes the incident's row to the read model. The grain's own state is already durable, so a database hiccup here
    /// does not fail the command: the row is retried shortly, then every few seconds until it lands.
    /// </summary>
    private async Task Project()
    {
        foreach (var delay in ProjectionRetryDelays)
        {
            if (await TryProject())
            {
                _projectionRepair?.Dispose();
                _projectionRepair = null;
                return;
            }

            await Task.Delay(delay, time);
        }

        _projectionRepair ??= this.RegisterGrainTimer(
            async _ =>
            {
                if (await TryProject())
                {
                    _projectionRepair?.Dispose();
                    _projectionRepair = null;
                }
            },
            new GrainTimerCreationOptions(ProjectionRepairPeriod, ProjectionRepairPeriod) { KeepAlive = true });
    }

    private async Task<bool> TryProject()
    {
        try
        {
            await projection.Upsert(Summary(), CancellationToken.None);
            return true;
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or TimeoutException or IOException)
        {
            logger.LogWarning(exception, "Could not update the read model row of {Number}; retrying", State.Number);
            return false;
        }
    }
}
