using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ItsmOrleans.Hosting.Cluster;
using ItsmOrleans.Hosting.Database;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace ItsmOrleans.Hosting.Export;

/// <summary>
/// Reads the saved state of every grain of one kind straight from Orleans' ADO.NET storage table (OrleansStorage), page
/// by page in grain-id order, without activating a grain: an export of a million tickets costs pages of rows, not a
/// million activations. Each page is a fresh short query that starts after the last row of the one before, so no
/// connection or transaction stays open while the caller writes a page out.
/// </summary>
/// <remarks>
/// The rows are the ones the storage provider writes for Guid-keyed grains: GrainTypeString is the state's name, the
/// Guid is split into GrainIdN0 / GrainIdN1 (its two halves, little-endian), the payload is the state's JSON in
/// PayloadBinary (<see cref="GrainStateJson"/>), NULL once cleared.
/// </remarks>
public sealed class GrainStateRows(ItsmDatabase database, IOptions<ClusterOptions> cluster)
{
    private const string FirstPageSql = """
        SELECT GrainIdN0, GrainIdN1, PayloadBinary FROM OrleansStorage
        WHERE GrainTypeString = @state_name AND ServiceId = @service_id
          AND GrainIdExtensionString IS NULL AND PayloadBinary IS NOT NULL
        ORDER BY GrainIdN0, GrainIdN1
        LIMIT @limit
        """;

    private const string NextPageSql = """
        SELECT GrainIdN0, GrainIdN1, PayloadBinary FROM OrleansStorage
        WHERE GrainTypeString = @state_name AND ServiceId = @service_id
          AND GrainIdExtensionString IS NULL AND PayloadBinary IS NOT NULL
          AND (GrainIdN0, GrainIdN1) > (@after_n0, @after_n1)
        ORDER BY GrainIdN0, GrainIdN1
        LIMIT @limit
        """;

    /// <summary>The saved states stored under <paramref name="stateName"/>, <paramref name="pageSize"/> at a time; each grain once.</summary>
    public async IAsyncEnumerable<IReadOnlyList<StoredGrainState<TState>>> Pages<TState>(
        string stateName, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        (long N0, long N1)? after = null;
        while (true)
        {
            var (states, last, rows) = await ReadPage<TState>(stateName, after, pageSize, cancellationToken);
            if (states.Count > 0)
            {
                yield return states;
            }

            if (rows < pageSize || last is null)
            {
                yield break;
            }

            after = last;
        }
    }

    private async Task<(List<StoredGrainState<TState>> States, (long N0, long N1)? Last, int Rows)> ReadPage<TState>(
        string stateName, (long N0, long N1)? after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = after is null ? FirstPageSql : NextPageSql;
        command.WithParameter("state_name", stateName)
            .WithParameter("service_id", cluster.Value.ServiceId)
            .WithParameter("limit", limit);
        if (after is { } key)
        {
            command.WithParameter("after_n0", key.N0).WithParameter("after_n1", key.N1);
        }

        var states = new List<StoredGrainState<TState>>(limit);
        (long N0, long N1)? last = null;
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows++;
            var n0 = reader.GetInt64(0);
            var n1 = reader.GetInt64(1);
            last = (n0, n1);
            var state = JsonSerializer.Deserialize<TState>(Payload(reader), GrainStateJson.Options);
            if (state is not null)
            {
                states.Add(new StoredGrainState<TState>(GuidOf(n0, n1), state));
            }
        }

        return (states, last, rows);
    }

    private static byte[] Payload(DbDataReader reader) => reader.GetFieldValue<byte[]>(2);

    /// <summary>The inverse of how the storage provider splits a Guid key: the two halves of its bytes, in order.</summary>
    public static Guid GuidOf(long n0, long n1)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[..8], n0);
        BitConverter.TryWriteBytes(bytes[8..], n1);
        return new Guid(bytes);
    }

    /// <summary>The GrainIdN0 / GrainIdN1 the storage provider stores a Guid key as.</summary>
    public static (long N0, long N1) KeyOf(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return (BitConverter.ToInt64(bytes[..8]), BitConverter.ToInt64(bytes[8..]));
    }
}
