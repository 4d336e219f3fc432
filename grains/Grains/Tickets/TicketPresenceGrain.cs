using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Domain.Tickets;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Tickets;

/// <summary>
/// Presence in one ticket's room, in memory only. Every change goes to the boards' publisher, which carries the latest
/// presence of each ticket to every web host in its next batch.
/// </summary>
public sealed class TicketPresenceGrain(IOptions<TicketRoomOptions> options, TimeProvider time) : Grain, ITicketPresenceGrain
{
    private readonly PresenceRoster _roster = new();
    private IGrainTimer? _sweep;
    private long _revision;

    public Task Report(string connection, string user, PresenceActivity activity, string? field)
    {
        var changed = _roster.Report(connection, user, activity, field, time.GetUtcNow());
        _sweep ??= this.RegisterGrainTimer(Sweep, new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));
        return changed ? Announce() : Task.CompletedTask;
    }

    public Task Leave(string connection) => _roster.Leave(connection) ? Announce() : Task.CompletedTask;

    public Task<TicketPresence> Get() => Task.FromResult(Current());

    private Task Sweep(CancellationToken cancellationToken)
    {
        var expired = _roster.Expire(time.GetUtcNow(), options.Value.PresenceTimeout);
        if (_roster.Count == 0)
        {
            _sweep?.Dispose();
            _sweep = null;
            DeactivateOnIdle();
        }

        return expired ? Announce() : Task.CompletedTask;
    }

    private Task Announce()
    {
        // Revisions follow the clock so that a reactivated room is never taken for an older one.
        _revision = Math.Max(_revision + 1, time.GetUtcNow().UtcTicks);
        return GrainFactory.Publish(Current());
    }

    private TicketPresence Current() => new(this.GetPrimaryKey(), _revision, _roster.Viewers());
}
