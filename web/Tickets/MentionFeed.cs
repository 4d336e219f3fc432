using System.Threading.Channels;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.LiveFeeds;

namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// This host's clients waiting to hear that someone named them in a work note. Each gets an empty snapshot, then the
/// mentions of its user as they come; a client that does not keep up loses the oldest, never blocks the host. Mentions
/// carry the work note's text, so callers that may not read work notes (REST hides them too) hear of none.
/// </summary>
public sealed class MentionFeed(TimeProvider time) : ILiveFeedConsumer
{
    public const int PerClientBuffer = 50;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Channel<Mention>>> _listeners = new(StringComparer.OrdinalIgnoreCase);

    public ChannelReader<LiveListMessage<Mention>> Subscribe(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var user = caller.Name;
        var inbox = Channel.CreateBounded<Mention>(new BoundedChannelOptions(PerClientBuffer) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        if (IncidentAccess.SeesWorkNotes(caller))
        {
            lock (_gate)
            {
                if (!_listeners.TryGetValue(user, out var list))
                {
                    _listeners[user] = list = [];
                }

                list.Add(inbox);
            }
        }

        var output = Channel.CreateBounded<LiveListMessage<Mention>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        _ = Serve(user, inbox, output.Writer, cancellationToken);
        return output.Reader;
    }

    public void OnBatch(LiveBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        OnMentions(batch.EventsOf<Mention>());
    }

    /// <summary>Nothing to load: a mention is told once, to whoever is listening when it happens.</summary>
    public Task Reload(bool first, CancellationToken cancellationToken) => Task.CompletedTask;

    public void OnMentions(IReadOnlyList<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            List<Channel<Mention>> inboxes;
            lock (_gate)
            {
                inboxes = _listeners.TryGetValue(mention.User, out var list) ? [.. list] : [];
            }

            inboxes.ForEach(inbox => inbox.Writer.TryWrite(mention));
        }
    }

    private async Task Serve(string user, Channel<Mention> inbox, ChannelWriter<LiveListMessage<Mention>> output, CancellationToken cancellationToken)
    {
        long seq = 0;
        try
        {
            await output.WriteAsync(new LiveListMessage<Mention>(++seq, BoardMessageKind.Snapshot, time.GetUtcNow(), []), cancellationToken);
            while (await inbox.Reader.WaitToReadAsync(cancellationToken))
            {
                var batch = new List<Mention>();
                while (inbox.Reader.TryRead(out var mention))
                {
                    batch.Add(mention);
                }

                await output.WriteAsync(new LiveListMessage<Mention>(++seq, BoardMessageKind.Delta, time.GetUtcNow(), batch), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        finally
        {
            lock (_gate)
            {
                if (_listeners.TryGetValue(user, out var list) && list.Remove(inbox) && list.Count == 0)
                {
                    _listeners.Remove(user);
                }
            }

            output.TryComplete();
        }
    }
}
