using System.Data.Common;
using System.Globalization;
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
/// PayloadBinary (<see cref="GrainStateJson"/>), NULL once cleared. A string key is stored by what it looks like: 32 hex
/// digits as a Guid, up to 16 hex digits as a number in GrainIdN1, anything else as GrainIdExtensionString with both
/// halves zero; <see cref="KeyedPages{TState}"/> reads all three and gives the key back as text.
/// </remarks>
public sealed class GrainStateRows(ItsmDatabase database, IOptions<ClusterOptions> cluster)
{
    private const string FirstPageSql = """
        SELECT GrainIdN0, GrainIdN1, PayloadBinary, GrainIdExtensionString FROM OrleansStorage
        WHERE GrainTypeString = @state_name AND ServiceId = @service_id
          AND GrainIdExtensionString IS NULL AND PayloadBinary IS NOT NULL
        ORDER BY GrainIdN0, GrainIdN1
        LIMIT @limit
        """;

    private const string NextPageSql = """
        SELECT GrainIdN0, GrainIdN1, PayloadBinary, GrainIdExtensionString FROM OrleansStorage
        WHERE GrainTypeString = @state_name AND ServiceId = @service_id
          AND GrainIdExtensionString IS NULL AND PayloadBinary IS NOT NULL
          AND (GrainIdN0, GrainIdN1) > (@after_n0, @after_n1)
        ORDER BY GrainIdN0, GrainIdN1
        LIMIT @limit
        """;

    // Keys stored as text: both halves are zero, so the page order is the text's.
    private const string FirstTextPageSql = """
        SELECT GrainIdN0, GrainIdN1, PayloadBinary, GrainIdExtensionString FROM OrleansStorage
        WHERE GrainTypeString = @state_name AND ServiceId = @service_id
          AND GrainIdExtensionString IS NOT NULL AND PayloadBinary IS NOT NULL
        ORDER BY GrainIdN0, GrainIdN1, GrainIdExtensionString
        LIMIT @limit
        """;

    private const string NextTextPageSql = """
        SELECT GrainIdN0, GrainIdN1, PayloadBinary, GrainIdExtensionString FROM OrleansStorage
        WHERE GrainTypeString = @state_name AND ServiceId = @service_id
          AND GrainIdExtensionString IS NOT NULL AND PayloadBinary IS NOT NULL
          AND (GrainIdN0, GrainIdN1, GrainIdExtensionString) > (@after_n0, @after_n1, @after_ext)
        ORDER BY GrainIdN0, GrainIdN1, GrainIdExtensionString
        LIMIT @limit
        """;

    /// <summary>The saved states stored under <paramref name="stateName"/>, <paramref name="pageSize"/> at a time; each grain once.</summary>
    public async IAsyncEnumerable<IReadOnlyList<StoredGrainState<TState>>> Pages<TState>(
        string stateName, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in NumericKeyPages<TState>(stateName, pageSize, cancellationToken))
        {
            yield return [.. page.Select(row => new StoredGrainState<TState>(GuidOf(row.N0, row.N1), row.State))];
        }
    }

    /// <summary>
    /// The saved states of string-keyed grains stored under <paramref name="stateName"/>, <paramref name="pageSize"/> at a
    /// time, each with its key: first those whose key was stored as a number or Guid, then those stored as text.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<KeyedGrainState<TState>>> KeyedPages<TState>(
        string stateName, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in NumericKeyPages<TState>(stateName, pageSize, cancellationToken))
        {
            yield return [.. page.Select(row => new KeyedGrainState<TState>(StringKeyOf(row.N0, row.N1), row.State))];
        }

        (long N0, long N1, string Extension)? after = null;
        while (true)
        {
            var rows = await ReadPage<TState>(
                after is null ? FirstTextPageSql : NextTextPageSql, stateName, pageSize, command =>
                {
                    if (after is { } key)
                    {
                        command.WithParameter("after_n0", key.N0).WithParameter("after_n1", key.N1).WithParameter("after_ext", key.Extension);
                    }
                }, cancellationToken);
            var states = rows.Where(r => r.State is not null).Select(r => new KeyedGrainState<TState>(r.Extension!, r.State!)).ToList();
            if (states.Count > 0)
            {
                yield return states;
            }

            if (rows.Count < pageSize)
            {
                yield break;
            }

            after = (rows[^1].N0, rows[^1].N1, rows[^1].Extension!);
        }
    }

    private async IAsyncEnumerable<IReadOnlyList<(long N0, long N1, TState State)>> NumericKeyPages<TState>(
        string stateName, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        (long N0, long N1)? after = null;
        while (true)
        {
            var rows = await ReadPage<TState>(after is null ? FirstPageSql : NextPageSql, stateName, pageSize, command =>
            {
                if (after is { } key)
                {
                    command.WithParameter("after_n0", key.N0).WithParameter("after_n1", key.N1);
                }
            }, cancellationToken);
            var states = rows.Where(r => r.State is not null).Select(r => (r.N0, r.N1, r.State!)).ToList();
            if (states.Count > 0)
            {
                yield return states;
            }

            if (rows.Count < pageSize)
            {
                yield break;
            }

            after = (rows[^1].N0, rows[^1].N1);
        }
    }

    private async Task<List<(long N0, long N1, string? Extension, TState? State)>> ReadPage<TState>(
        string sql, string stateName, int limit, Action<DbCommand> after, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.WithParameter("state_name", stateName)
            .WithParameter("service_id", cluster.Value.ServiceId)
            .WithParameter("limit", limit);
        after(command);
        var rows = new List<(long N0, long N1, string? Extension, TState? State)>(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var extension = reader.IsDBNull(3) ? null : reader.GetString(3);
            rows.Add((reader.GetInt64(0), reader.GetInt64(1), extension, JsonSerializer.Deserialize<TState>(Payload(reader), GrainStateJson.Options)));
        }

        return rows;
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

    /// <summary>
    /// The string key of a grain the storage provider stored as numbers: a Guid's 32 hex digits, or the hex digits of a
    /// number (Orleans parses a key of hex digits as one, so "0a" and "a" share a row and come back as "a").
    /// </summary>
    public static string StringKeyOf(long n0, long n1) =>
        n0 == 0 ? n1.ToString("x", CultureInfo.InvariantCulture) : GuidOf(n0, n1).ToString("N");

    /// <summary>The GrainIdN0 / GrainIdN1 the storage provider stores a Guid key as.</summary>
    public static (long N0, long N1) KeyOf(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return (BitConverter.ToInt64(bytes[..8]), BitConverter.ToInt64(bytes[8..]));
    }
}
