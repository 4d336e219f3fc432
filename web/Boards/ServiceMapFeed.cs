using System.Threading.Channels;
using ItsmOrleans.Contracts.Services;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// This host's copy of the service portfolio and its health, loaded from the read model with the board and then kept
/// live from the same batches; streams it to service-map clients.
/// </summary>
public sealed class ServiceMapFeed(TimeProvider time, IOptions<BoardFeedOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ServiceSummary> _services = new(StringComparer.Ordinal);
    private readonly List<ServiceMapSubscription> _subscriptions = [];
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Loaded => _loaded.Task;

    /// <summary>Replaces the portfolio with the read model's (keeping any newer row that arrived meanwhile) and resets every client.</summary>
    public void Load(IEnumerable<ServiceSummary> services)
    {
        lock (_gate)
        {
            foreach (var service in services)
            {
                Apply(service);
            }

            if (!_loaded.Task.IsCompleted)
            {
                _loaded.SetResult();
                return;
            }

            var all = All();
            _subscriptions.ForEach(s => s.Reset(all));
        }
    }

    public void OnServices(IReadOnlyList<ServiceSummary> services)
    {
        if (services.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            var changed = services.Where(Apply).ToList();
            if (changed.Count > 0)
            {
                _subscriptions.ForEach(s => s.Offer(changed));
            }
        }
    }

    public ChannelReader<ServiceMapMessage> Subscribe(CancellationToken cancellationToken)
    {
        var output = Channel.CreateBounded<ServiceMapMessage>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        _ = Serve(output.Writer, cancellationToken);
        return output.Reader;
    }

    private async Task Serve(ChannelWriter<ServiceMapMessage> output, CancellationToken cancellationToken)
    {
        var subscription = new ServiceMapSubscription(time);
        try
        {
            await _loaded.Task.WaitAsync(cancellationToken);
            IReadOnlyList<ServiceSummary> snapshot;
            lock (_gate)
            {
                snapshot = All();
                _subscriptions.Add(subscription);
            }

            await subscription.Pump(snapshot, output, options.Value.MinInterval, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        finally
        {
            lock (_gate)
            {
                _subscriptions.Remove(subscription);
            }

            output.TryComplete();
        }
    }

    private bool Apply(ServiceSummary service)
    {
        if (_services.TryGetValue(service.Id, out var known) && known.Revision >= service.Revision)
        {
            return false;
        }

        _services[service.Id] = service;
        return true;
    }

    private List<ServiceSummary> All() => [.. _services.Values.OrderBy(s => s.Id, StringComparer.Ordinal)];
}
