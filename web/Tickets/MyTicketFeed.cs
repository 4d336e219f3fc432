using System.Threading.Channels;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Domain.Search;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.LiveFeeds;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// This host's clients waiting to hear that one of their own records changed, picked out of the board batches by who
/// the records were raised by or for (never read from the database per change). Each client gets an empty snapshot,
/// then its own changes, the latest per record while it has not taken the previous message. A client that falls more
/// than <see cref="MaxPending"/> records behind, or a host that missed batches, gets a fresh empty snapshot instead:
/// re-read everything.
/// </summary>
public sealed class MyTicketFeed(TimeProvider time, IOptions<BoardFeedOptions> options) : ILiveFeedConsumer
{
    public const int MaxPending = 100;

    private readonly Lock _gate = new();

    // Ordinal, as the search index compares requesters: a client hears of exactly the records its search finds.
    private readonly Dictionary<string, List<LiveListSubscription<Guid, MyTicketChange>>> _subscriptions = new(StringComparer.Ordinal);

    public ChannelReader<LiveListMessage<MyTicketChange>> Subscribe(string user, CancellationToken cancellationToken)
    {
        var output = Channel.CreateBounded<LiveListMessage<MyTicketChange>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        _ = Serve(user, output.Writer, cancellationToken);
        return output.Reader;
    }

    public void OnBatch(LiveBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_gate)
        {
            if (_subscriptions.Count == 0)
            {
                return;
            }

            if (batch.Resync)
            {
                foreach (var subscription in _subscriptions.Values.SelectMany(s => s))
                {
                    subscription.Reset([]);
                }
            }

            foreach (var row in batch.RowsOf<IncidentSummary>())
            {
                Tell([row.Requester], new MyTicketChange(SearchKinds.Incident, row.Id, row.Number, row.Revision));
            }

            foreach (var request in batch.RowsOf<ServiceRequestSummary>())
            {
                Tell([request.RequestedBy, request.RequestedFor], new MyTicketChange(SearchKinds.ServiceRequest, request.Id, request.Number, request.Revision));
            }
        }
    }

    /// <summary>Nothing to load: a client reads its own records when it subscribes, and again when told to.</summary>
    public Task Reload(bool first, CancellationToken cancellationToken) => Task.CompletedTask;

    private void Tell(string[] people, MyTicketChange change)
    {
        foreach (var person in people.Distinct(StringComparer.Ordinal))
        {
            foreach (var subscription in _subscriptions.GetValueOrDefault(person) ?? [])
            {
                if (subscription.Pending >= MaxPending)
                {
                    subscription.Reset([]);
                }
                else
                {
                    subscription.Offer([change]);
                }
            }
        }
    }

    private async Task Serve(string user, ChannelWriter<LiveListMessage<MyTicketChange>> output, CancellationToken cancellationToken)
    {
        var subscription = new LiveListSubscription<Guid, MyTicketChange>(c => c.Id, time);
        lock (_gate)
        {
            if (!_subscriptions.TryGetValue(user, out var list))
            {
                _subscriptions[user] = list = [];
            }

            list.Add(subscription);
        }

        try
        {
            await subscription.Pump([], output, options.Value.MinInterval, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        finally
        {
            lock (_gate)
            {
                if (_subscriptions.TryGetValue(user, out var list) && list.Remove(subscription) && list.Count == 0)
                {
                    _subscriptions.Remove(user);
                }
            }

            output.TryComplete();
        }
    }
}
