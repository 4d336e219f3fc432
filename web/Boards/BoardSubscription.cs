using System.Threading.Channels;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// One board client's stream: its scope's frames, in order, queued until the client has taken the previous one.
/// A client that falls <see cref="MaxQueuedFrames"/> behind drops its queue and is sent a fresh snapshot instead, so a
/// slow client never holds an unbounded queue and never slows anyone else.
/// </summary>
public sealed class BoardSubscription(BoardScope scope)
{
    /// <summary>About three seconds of frames at the default tick.</summary>
    public const int MaxQueuedFrames = 120;

    private readonly Lock _gate = new();
    private readonly Queue<BoardFrame> _frames = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _shownSeq;
    private bool _resync;

    public BoardScope Scope { get; } = scope;

    /// <summary>The client's next frames follow the snapshot at <paramref name="seq"/>; anything queued up to it is dropped.</summary>
    public void StartAfter(long seq)
    {
        lock (_gate)
        {
            _shownSeq = seq;
            _resync = false;
            while (_frames.TryPeek(out var frame) && frame.Seq <= seq)
            {
                _frames.Dequeue();
            }
        }
    }

    public void Offer(BoardFrame frame)
    {
        lock (_gate)
        {
            if (_resync || frame.Seq <= _shownSeq)
            {
                return;
            }

            if (_frames.Count >= MaxQueuedFrames)
            {
                _frames.Clear();
                _resync = true;
            }
            else
            {
                _frames.Enqueue(frame);
            }
        }

        _wake.Writer.TryWrite(true);
    }

    /// <summary>The client's next message is a fresh snapshot, whatever was queued.</summary>
    public void Resync()
    {
        lock (_gate)
        {
            _frames.Clear();
            _resync = true;
        }

        _wake.Writer.TryWrite(true);
    }

    /// <summary>Sends the snapshot, then every frame as the client takes them; <paramref name="resnapshot"/> when it fell behind.</summary>
    public async Task Pump(BoardFrame snapshot, Func<BoardSubscription, BoardFrame> resnapshot, ChannelWriter<BoardFrame> output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(snapshot, cancellationToken);
        while (await _wake.Reader.WaitToReadAsync(cancellationToken))
        {
            _wake.Reader.TryRead(out _);
            while (true)
            {
                var (frame, resync) = Next();
                var next = resync ? resnapshot(this) : frame;
                if (next is null)
                {
                    break;
                }

                await output.WriteAsync(next, cancellationToken);
            }
        }
    }

    private (BoardFrame? Frame, bool Resync) Next()
    {
        lock (_gate)
        {
            return _resync ? (null, true) : (_frames.TryDequeue(out var frame) ? frame : null, false);
        }
    }
}
