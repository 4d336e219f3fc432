using System.Threading.Channels;
using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// One change-calendar client. It is offered every change row this host receives; rows in its range (or that were,
/// and have now left it) wait here, latest per change, until the client took the previous message. The snapshot comes
/// from the read model after the subscription is registered, so nothing falls between the two.
/// </summary>
public sealed class ChangeCalendarSubscription(ChangeCalendarRange range, IChangeReadModel changes, IGrainFactory grains, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, ChangeSummary> _pending = [];
    private readonly HashSet<Guid> _shown = [];
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private bool _reload;
    private long _seq;

    public void Offer(IEnumerable<ChangeSummary> rows)
    {
        var any = false;
        lock (_gate)
        {
            foreach (var row in rows.Where(r => range.Includes(r) || _shown.Contains(r.Id)))
            {
                if (!_pending.TryGetValue(row.Id, out var known) || known.Revision < row.Revision)
                {
                    _pending[row.Id] = row;
                    any = true;
                }
            }
        }

        if (any)
        {
            _wake.Writer.TryWrite(true);
        }
    }

    /// <summary>The host may have missed changes: the next message is a fresh snapshot.</summary>
    public void Reload()
    {
        lock (_gate)
        {
            _reload = true;
        }

        _wake.Writer.TryWrite(true);
    }

    public async Task Pump(ChannelWriter<ChangeCalendarMessage> output, TimeSpan minInterval, CancellationToken cancellationToken)
    {
        await output.WriteAsync(await Snapshot(cancellationToken), cancellationToken);
        while (await _wake.Reader.WaitToReadAsync(cancellationToken))
        {
            _wake.Reader.TryRead(out _);
            while (await Take(cancellationToken) is { } message)
            {
                await output.WriteAsync(message, cancellationToken);
                await Task.Delay(minInterval, time, cancellationToken);
            }
        }
    }

    private async Task<ChangeCalendarMessage?> Take(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_reload)
            {
                if (_pending.Count == 0)
                {
                    return null;
                }

                var rows = _pending.Values.ToList();
                _pending.Clear();
                foreach (var row in rows)
                {
                    _ = range.Includes(row) ? _shown.Add(row.Id) : _shown.Remove(row.Id);
                }

                return new ChangeCalendarMessage(++_seq, BoardMessageKind.Delta, time.GetUtcNow(), rows, null);
            }

            _reload = false;
        }

        return await Snapshot(cancellationToken);
    }

    private async Task<ChangeCalendarMessage> Snapshot(CancellationToken cancellationToken)
    {
        var rows = await changes.Calendar(range.From, range.To, range.ServiceId, ChangeListRequest.CalendarLimit, cancellationToken);
        var freezes = (await grains.GetGrain<IChangeCatalogGrain>(0).Get()).Freezes
            .Where(f => f.Start < range.To && range.From < f.End && (range.ServiceId is null || f.Covers(range.ServiceId)))
            .ToList();
        lock (_gate)
        {
            _shown.Clear();
            _shown.UnionWith(rows.Select(r => r.Id));

            // Rows that arrived while the snapshot was read stay pending only if they are newer than what it holds.
            foreach (var row in rows)
            {
                if (_pending.TryGetValue(row.Id, out var waiting) && waiting.Revision <= row.Revision)
                {
                    _pending.Remove(row.Id);
                }
            }

            return new ChangeCalendarMessage(++_seq, BoardMessageKind.Snapshot, time.GetUtcNow(), rows, freezes);
        }
    }
}
