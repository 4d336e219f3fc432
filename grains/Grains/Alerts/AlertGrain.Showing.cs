using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Grains.Persistence;
using ItsmOrleans.Grains.Projections;

namespace ItsmOrleans.Grains.Alerts;

/// <summary>How an alert is saved, reaches lists and boards (repeats at most once per interval), and settles after flapping.</summary>
public sealed partial class AlertGrain
{
    private const string SettleReminder = "settle-flapping";
    private static readonly TimeSpan SettleRetryPeriod = TimeSpan.FromMinutes(1);

    private IGrainTimer? _showTimer;
    private DateTimeOffset _shownAt = DateTimeOffset.MinValue;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Occurrence > 0)
        {
            // A crash may have left the list behind the saved alert: repeats are shown lazily.
            await Show(time.GetUtcNow());
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_showTimer is not null)
        {
            await Show(time.GetUtcNow());
        }
    }

    /// <summary>Saves the event; opens, acknowledges and resolves are shown at once, repeats coalesce.</summary>
    private async Task Save(DateTimeOffset now, bool showAtOnce)
    {
        State.Revision++;
        await store.WriteOrForget(this);

        var interval = options.Value.RepeatPublishInterval;
        if (showAtOnce || now - _shownAt >= interval)
        {
            await Show(now);
        }
        else if (_showTimer is null)
        {
            _showTimer = this.RegisterGrainTimer(
                _ => Show(time.GetUtcNow()), new GrainTimerCreationOptions(_shownAt + interval - now, Timeout.InfiniteTimeSpan));
        }
    }

    private async Task Show(DateTimeOffset now)
    {
        _showTimer?.Dispose();
        _showTimer = null;
        _shownAt = now;
        var summary = Summary();
        await ProjectionRetry.Run(() => projection.Upsert(Key, summary, CancellationToken.None), time, logger, Key);
        await GrainFactory.Publish(summary);
    }

    /// <summary>
    /// A flapping alert is looked at again once it may have been quiet for the quiet period (a durable reminder: a held
    /// resolve must not wait for a restart). The period only matters if a tick is missed.
    /// </summary>
    private async Task KeepSettling(DateTimeOffset now)
    {
        var wait = _flaps.SettlesAt(State.Transitions[^1]) - now;
        await this.RegisterOrUpdateReminder(SettleReminder, wait < TimeSpan.Zero ? TimeSpan.Zero : wait, SettleRetryPeriod);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != SettleReminder)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (State.Flapping && State.Transitions.Count > 0 && now < _flaps.SettlesAt(State.Transitions[^1]))
        {
            await KeepSettling(now);
            return;
        }

        if (State.Flapping)
        {
            State.Flapping = false;
            if (State.HeldResolve)
            {
                await Close(now);
            }
            else
            {
                await Save(now, showAtOnce: true);
            }
        }

        if (await this.GetReminder(SettleReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
