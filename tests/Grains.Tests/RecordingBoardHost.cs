using System.Collections.Concurrent;
using System.Threading.Channels;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Grains.Tests;

/// <summary>A board host for tests: records every batch the cluster pushes and lets a test await a matching row.</summary>
public sealed class RecordingBoardHost : ILiveFeedObserver
{
    private readonly ConcurrentQueue<(DateTimeOffset At, LiveBatch Batch)> _batches = new();
    private readonly Channel<bool> _arrived = Channel.CreateUnbounded<bool>();

    public string Id { get; } = "test-host-" + Guid.NewGuid().ToString("N");

    public IReadOnlyList<(DateTimeOffset At, LiveBatch Batch)> Batches => [.. _batches];

    /// <summary>Makes the next push fail, as a host that is down or overloaded would.</summary>
    public bool RefuseNextBatch { get; set; }

    public Task OnLiveBatch(LiveBatch batch)
    {
        if (RefuseNextBatch)
        {
            RefuseNextBatch = false;
            throw new InvalidOperationException("This host is not taking batches right now.");
        }

        _batches.Enqueue((DateTimeOffset.UtcNow, batch));
        _arrived.Writer.TryWrite(true);
        return Task.CompletedTask;
    }

    /// <summary>Waits until a pushed row satisfies <paramref name="match"/>; fails after <paramref name="timeout"/>.</summary>
    public Task<(DateTimeOffset At, IncidentSummary Row)> WaitForRow(Func<IncidentSummary, bool> match, TimeSpan timeout) =>
        WaitFor(batch => batch.RowsOf<IncidentSummary>(), match, timeout);

    /// <summary>Waits until a pushed service row satisfies <paramref name="match"/>; fails after <paramref name="timeout"/>.</summary>
    public async Task<ServiceSummary> WaitForService(Func<ServiceSummary, bool> match, TimeSpan timeout) =>
        (await WaitFor(batch => batch.RowsOf<ServiceSummary>(), match, timeout)).Row;

    /// <summary>Waits until a pushed notice satisfies <paramref name="match"/>; fails after <paramref name="timeout"/>.</summary>
    public async Task<BoardNotice> WaitForNotice(Func<BoardNotice, bool> match, TimeSpan timeout) =>
        (await WaitFor(batch => batch.RowsOf<BoardNotice>(), match, timeout)).Row;

    /// <summary>Waits until a pushed service request row satisfies <paramref name="match"/>; fails after <paramref name="timeout"/>.</summary>
    public async Task<ServiceRequestSummary> WaitForServiceRequest(Func<ServiceRequestSummary, bool> match, TimeSpan timeout) =>
        (await WaitFor(batch => batch.RowsOf<ServiceRequestSummary>(), match, timeout)).Row;

    private async Task<(DateTimeOffset At, T Row)> WaitFor<T>(Func<LiveBatch, IEnumerable<T>> rows, Func<T, bool> match, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            foreach (var (at, batch) in _batches)
            {
                foreach (var row in rows(batch).Where(match))
                {
                    return (at, row);
                }
            }

            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"No matching board row within {timeout}.");
            }

            using var wait = new CancellationTokenSource(left);
            try
            {
                await _arrived.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching board row within {timeout}.");
            }
        }
    }
}
