namespace ItsmOrleans.Grains.Tests;

/// <summary>
/// The silo's clock for tests that move time: real time plus an offset that only grows. Everything, Orleans included,
/// keeps running at its real pace; <see cref="Advance"/> jumps ahead and fires every timer that falls due before it
/// returns (a grain timer then has its tick queued ahead of the test's next call), the others wait for their new due time.
/// </summary>
public sealed class MovableTime : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<MovableTimer> _timers = [];
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new MovableTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        MovableTimer[] timers;
        lock (_gate)
        {
            timers = [.. _timers];
        }

        foreach (var timer in timers)
        {
            timer.Moved();
        }
    }

    private void Forget(MovableTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class MovableTimer : ITimer
    {
        private readonly MovableTime _time;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly ITimer _real;
        private readonly Lock _gate = new();
        private DateTimeOffset? _dueAt;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;
        private bool _disposed;

        public MovableTimer(MovableTime time, TimerCallback callback, object? state)
        {
            (_time, _callback, _state) = (time, callback, state);
            _real = TimeProvider.System.CreateTimer(_ => FireIfDue(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return false;
                }

                _period = period;
                _dueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _time.GetUtcNow() + dueTime;
                _real.Change(dueTime, Timeout.InfiniteTimeSpan);
                return true;
            }
        }

        /// <summary>The clock jumped: fire now if due, else wait the real time that is left.</summary>
        public void Moved()
        {
            lock (_gate)
            {
                if (_dueAt is not { } due || _disposed)
                {
                    return;
                }

                var left = due - _time.GetUtcNow();
                if (left > TimeSpan.Zero)
                {
                    _real.Change(left, Timeout.InfiniteTimeSpan);
                    return;
                }
            }

            FireIfDue();
        }

        private void FireIfDue()
        {
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                if (_dueAt is not { } due || _disposed)
                {
                    return;
                }

                if (due > now)
                {
                    // A real timer a hair early, or one set before a jump it has not heard of.
                    _real.Change(due - now, Timeout.InfiniteTimeSpan);
                    return;
                }

                _dueAt = _period == Timeout.InfiniteTimeSpan ? null : now + _period;
                if (_dueAt is not null)
                {
                    _real.Change(_period, Timeout.InfiniteTimeSpan);
                }
            }

            _callback(_state);
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
                _dueAt = null;
            }

            _real.Dispose();
            _time.Forget(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
