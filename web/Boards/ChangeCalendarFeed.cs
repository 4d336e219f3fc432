using System.Threading.Channels;
using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Web.LiveFeeds;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Boards;

/// <summary>Streams the change calendar to this host's clients: a snapshot of their range, then the changes that touch it.</summary>
public sealed class ChangeCalendarFeed(IChangeReadModel changes, IGrainFactory grains, TimeProvider time, IOptions<BoardFeedOptions> options) : ILiveFeedConsumer
{
    private readonly Lock _gate = new();
    private readonly List<ChangeCalendarSubscription> _subscriptions = [];

    public void OnBatch(LiveBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        OnChanges(batch.RowsOf<ChangeSummary>());
    }

    /// <summary>Each client reads its range when it subscribes; after missed batches every client reads it again.</summary>
    public Task Reload(bool first, CancellationToken cancellationToken)
    {
        if (!first)
        {
            ReloadAll();
        }

        return Task.CompletedTask;
    }

    public void OnChanges(IReadOnlyList<ChangeSummary> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            _subscriptions.ForEach(s => s.Offer(rows));
        }
    }

    /// <summary>This host may have missed changes: every client gets a fresh snapshot.</summary>
    public void ReloadAll()
    {
        lock (_gate)
        {
            _subscriptions.ForEach(s => s.Reload());
        }
    }

    public ChannelReader<ChangeCalendarMessage> Subscribe(ChangeCalendarRange range, CancellationToken cancellationToken)
    {
        var output = Channel.CreateBounded<ChangeCalendarMessage>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        _ = Serve(new ChangeCalendarSubscription(range, changes, grains, time), output.Writer, cancellationToken);
        return output.Reader;
    }

    private async Task Serve(ChangeCalendarSubscription subscription, ChannelWriter<ChangeCalendarMessage> output, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _subscriptions.Add(subscription);
        }

        try
        {
            await subscription.Pump(output, options.Value.MinInterval, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception exception)
        {
            output.TryComplete(exception);
            return;
        }
        finally
        {
            lock (_gate)
            {
                _subscriptions.Remove(subscription);
            }
        }

        output.TryComplete();
    }
}
