using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ItsmOrleans.Hosting.Database;

/// <summary>
/// Commits the writes of many grains together: while the committers are busy, the writes that arrive queue and go in
/// the next free committer's transaction, as one round trip (a PostgreSQL batch is one implicit transaction). With
/// a committer free a write goes at once, so batching costs no waiting when the load is light. Each caller still
/// awaits its own commit; if a shared transaction fails, each caller's writes are tried alone, so one bad write fails
/// only its caller. The queue is bounded: when it is full, callers wait.
/// </summary>
public sealed class GroupCommit : IAsyncDisposable
{
    /// <summary>Statements in one transaction at most; beyond it the rest go in the next.</summary>
    public const int MaxStatements = 500;


    private readonly Channel<PendingWrites> _queue = Channel.CreateBounded<PendingWrites>(
        new BoundedChannelOptions(2_048) { FullMode = BoundedChannelFullMode.Wait });

    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly ILogger _logger;
    private readonly Task[] _committers;

    /// <param name="open">Opens a connection for one transaction.</param>
    /// <param name="committers">Transactions in flight at once (one for a database with a single writer); beyond them, writes wait and share the next.</param>
    /// <param name="logger">Where a shared commit that had to be split is noted.</param>
    public GroupCommit(Func<CancellationToken, Task<DbConnection>> open, int committers = 1, ILogger? logger = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(committers, 1);
        _open = open;
        _logger = logger ?? NullLogger.Instance;
        _committers = [.. Enumerable.Range(0, committers).Select(_ => Task.Run(Run))];
    }

    /// <summary>Completes once <paramref name="writes"/> are committed; throws what their own commit threw.</summary>
    public async Task Execute(IReadOnlyList<SqlWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return;
        }

        var pending = new PendingWrites(writes);
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        await pending.Committed.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_committers);
    }

    private async Task Run()
    {
        var taken = new List<PendingWrites>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            taken.Clear();
            var statements = 0;
            while (statements < MaxStatements && _queue.Reader.TryRead(out var next))
            {
                taken.Add(next);
                statements += next.Writes.Count;
            }

            try
            {
                await Commit([.. taken.SelectMany(p => p.Writes)]);
                taken.ForEach(p => p.Committed.TrySetResult());
            }
            catch (Exception shared) when (taken.Count > 1)
            {
                _logger.LogDebug(shared, "A shared commit of {Callers} callers failed; each is tried alone", taken.Count);
                foreach (var pending in taken)
                {
                    await CommitAlone(pending);
                }
            }
            catch (Exception failed)
            {
                taken.ForEach(p => p.Committed.TrySetException(failed));
            }
        }
    }

    private async Task CommitAlone(PendingWrites pending)
    {
        try
        {
            await Commit(pending.Writes);
            pending.Committed.TrySetResult();
        }
        catch (Exception failed)
        {
            pending.Committed.TrySetException(failed);
        }
    }

    private async Task Commit(IReadOnlyList<SqlWrite> writes)
    {
        await using var connection = await _open(CancellationToken.None);
        if (connection.CanCreateBatch)
        {
            await using var batch = connection.CreateBatch();
            foreach (var write in writes)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = write.Sql;
                foreach (var (name, value) in write.Parameters)
                {
                    var parameter = command.CreateParameter();
                    (parameter.ParameterName, parameter.Value) = (name, value ?? DBNull.Value);
                    command.Parameters.Add(parameter);
                }

                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync();
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var write in writes)
        {
            await using var command = connection.CreateCommand();
            (command.CommandText, command.Transaction) = (write.Sql, transaction);
            foreach (var (name, value) in write.Parameters)
            {
                command.WithParameter(name, value);
            }

            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private sealed class PendingWrites(IReadOnlyList<SqlWrite> writes)
    {
        public IReadOnlyList<SqlWrite> Writes { get; } = writes;

        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
