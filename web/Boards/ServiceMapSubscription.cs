using System.Threading.Channels;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Web.Boards;

/// <summary>One service-map client: changes wait here, latest per service, until the client took the previous message.</summary>
public sealed class ServiceMapSubscription(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ServiceSummary> _pending = new(StringComparer.Ordinal);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private IReadOnlyList<ServiceSummary>? _resetTo;
    private long _seq;

    public void Offer(IEnumerable<ServiceSummary> services)
    {
        lock (_gate)
        {
            foreach (var service in services)
            {
                _pending[service.Id] = service;
            }
        }

        _wake.Writer.TryWrite(true);
    }

    /// <summary>The host reloaded the portfolio: the next message is a fresh snapshot.</summary>
    public void Reset(IReadOnlyList<ServiceSummary> all)
    {
        lock (_gate)
        {
            _pending.Clear();
            _resetTo = all;
        }

        _wake.Writer.TryWrite(true);
    }

    public async Task Pump(IReadOnlyList<ServiceSummary> snapshot, ChannelWriter<ServiceMapMessage> output, TimeSpan minInterval, CancellationToken cancellationToken)
    {
        await output.WriteAsync(new ServiceMapMessage(_seq = 1, BoardMessageKind.Snapshot, time.GetUtcNow(), snapshot), cancellationToken);
        while (await _wake.Reader.WaitToReadAsync(cancellationToken))
        {
            _wake.Reader.TryRead(out _);
            while (Take() is { } message)
            {
                await output.WriteAsync(message, cancellationToken);
                await Task.Delay(minInterval, time, cancellationToken);
            }
        }
    }

    private ServiceMapMessage? Take()
    {
        lock (_gate)
        {
            if (_resetTo is { } all)
            {
                _resetTo = null;
                return new ServiceMapMessage(++_seq, BoardMessageKind.Snapshot, time.GetUtcNow(), all);
            }

            if (_pending.Count == 0)
            {
                return null;
            }

            var message = new ServiceMapMessage(++_seq, BoardMessageKind.Delta, time.GetUtcNow(), [.. _pending.Values]);
            _pending.Clear();
            return message;
        }
    }
}
