namespace ItsmOrleans.LoadTest.Runs;

/// <summary>
/// Everything a run measured. Latency is counted from each operation's intended start, not from when it was sent,
/// so time an operation waited behind a slow one counts (no coordinated omission); the service time, from the actual
/// send, is kept beside it. What falls in the warm-up is left out of the totals but kept on the timeline.
/// </summary>
public sealed class Measurements(TimeSpan warmUp)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, OperationMeasurements> _operations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LatencyHistogram> _pushes = new(StringComparer.Ordinal);
    private readonly List<SecondOfRun> _timeline = [];

    public TimeSpan WarmUp => warmUp;

    /// <summary>Operations due in the measured window (sent or not).</summary>
    public long Intended { get; private set; }

    public IReadOnlyDictionary<string, OperationMeasurements> Operations
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, OperationMeasurements>(_operations, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Changes seen by live clients, by stream (board, ticket room…), timed from the timestamp inside each change.</summary>
    public IReadOnlyDictionary<string, LatencyHistogram> Pushes
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, LatencyHistogram>(_pushes, StringComparer.Ordinal);
            }
        }
    }

    public IReadOnlyDictionary<string, long> Errors
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, long>(_errors, StringComparer.Ordinal);
            }
        }
    }

    public IReadOnlyList<SecondOfRun> Timeline
    {
        get
        {
            lock (_gate)
            {
                return [.. _timeline];
            }
        }
    }

    public void Due(TimeSpan offset)
    {
        lock (_gate)
        {
            Second(offset).Intended++;
            if (offset >= warmUp)
            {
                Intended++;
            }
        }
    }

    /// <summary>An operation ended (<paramref name="error"/> null when it succeeded).</summary>
    public void Done(string operation, TimeSpan intendedAt, TimeSpan endedAt, TimeSpan serviceTime, string? error)
    {
        var latency = endedAt - intendedAt;
        OperationMeasurements measured;
        SecondOfRun second;
        lock (_gate)
        {
            second = Second(endedAt);
            second.Completed++;
            if (error is not null)
            {
                second.Errors++;
            }

            if (intendedAt < warmUp)
            {
                second.Latency.Record(latency);
                return;
            }

            if (!_operations.TryGetValue(operation, out measured!))
            {
                _operations[operation] = measured = new OperationMeasurements();
            }

            if (error is not null)
            {
                _errors[error] = _errors.GetValueOrDefault(error) + 1;
            }
        }

        second.Latency.Record(latency);
        measured.Record(latency, serviceTime, error is null);
    }

    /// <summary>Due but not sent: the tool's own in-flight limit was reached (the hub is that far behind).</summary>
    public void NotSent(string operation, TimeSpan intendedAt) => Done(operation, intendedAt, intendedAt, TimeSpan.Zero, "not sent: tool in-flight limit");

    /// <summary>A live client received a change <paramref name="latency"/> after the change's own timestamp.</summary>
    public void Pushed(string stream, TimeSpan receivedAt, TimeSpan latency)
    {
        LatencyHistogram histogram;
        SecondOfRun second;
        lock (_gate)
        {
            second = Second(receivedAt);
            if (receivedAt < warmUp)
            {
                histogram = second.Pushes;
                histogram.Record(latency);
                return;
            }

            if (!_pushes.TryGetValue(stream, out histogram!))
            {
                _pushes[stream] = histogram = new LatencyHistogram();
            }
        }

        histogram.Record(latency);
        second.Pushes.Record(latency);
    }

    private SecondOfRun Second(TimeSpan offset)
    {
        var index = Math.Max(0, (int)offset.TotalSeconds);
        while (_timeline.Count <= index)
        {
            _timeline.Add(new SecondOfRun(_timeline.Count, _timeline.Count < warmUp.TotalSeconds));
        }

        return _timeline[index];
    }
}

/// <summary>One operation kind's latencies (from the intended start) and service times (from the send).</summary>
public sealed class OperationMeasurements
{
    private long _ok;
    private long _failed;

    public LatencyHistogram Latency { get; } = new();

    public LatencyHistogram ServiceTime { get; } = new();

    public long Ok => Interlocked.Read(ref _ok);

    public long Failed => Interlocked.Read(ref _failed);

    public void Record(TimeSpan latency, TimeSpan serviceTime, bool ok)
    {
        Interlocked.Increment(ref ok ? ref _ok : ref _failed);
        if (ok)
        {
            Latency.Record(latency);
            ServiceTime.Record(serviceTime);
        }
    }
}

/// <summary>One second of a run, for the chart: operations due and ended, errors, latencies of what ended, pushes seen.</summary>
public sealed class SecondOfRun(int second, bool warmUp)
{
    public int Second { get; } = second;

    public bool WarmUp { get; } = warmUp;

    public long Intended { get; set; }

    public long Completed { get; set; }

    public long Errors { get; set; }

    public LatencyHistogram Latency { get; } = new();

    public LatencyHistogram Pushes { get; } = new();
}
