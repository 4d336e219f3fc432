using Npgsql;
using NpgsqlTypes;

namespace ItsmOrleans.LoadTest.Seeding;

/// <summary>
/// `seed-search`: fills a hub's PostgreSQL search index with closed and open incidents, fast, for measuring search at
/// scale. It writes the index only (no grains, no list rows): what search reads. The secondary indexes are dropped
/// while copying (binary COPY, one stream per core) and built again afterwards, which is far quicker than keeping them
/// up to date row by row; then VACUUM ANALYZE gives the planner its statistics.
/// </summary>
public static class SeedSearch
{
    public static async Task<int> Run(IReadOnlyList<string> args)
    {
        var options = Options(args);
        var connection = options.GetValueOrDefault("connection") ?? throw new ArgumentException("Give the hub's PostgreSQL with --connection \"Host=…;Database=…\".");
        var closed = int.Parse(options.GetValueOrDefault("closed", "1000000"), CultureInfo.InvariantCulture);
        var open = int.Parse(options.GetValueOrDefault("open", "10000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(options.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture);
        var streams = int.Parse(options.GetValueOrDefault("streams", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var watch = Stopwatch.StartNew();
        await using var source = NpgsqlDataSource.Create(connection);
        var indexes = await DropSecondaryIndexes(source);
        var now = DateTimeOffset.UtcNow;
        var total = closed + open;
        var copied = 0L;
        await Task.WhenAll(Enumerable.Range(0, streams).Select(stream => Task.Run(async () =>
        {
            var corpus = new SearchCorpus(seed * 1000 + stream);
            await using var db = await source.OpenConnectionAsync();
            await using var copy = await db.BeginBinaryImportAsync(
                "COPY search_documents (kind, id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester, " +
                "created_at, updated_at, sla_breached, revision, public_text, internal_text) FROM STDIN (FORMAT BINARY)");
            for (var i = stream; i < total; i += streams)
            {
                await WriteRow(copy, corpus, i, closed, total, now);
                if (Interlocked.Increment(ref copied) % 100_000 == 0)
                {
                    Console.WriteLine($"{Interlocked.Read(ref copied):N0} documents, {watch.Elapsed.TotalSeconds:F0} s");
                }
            }

            await copy.CompleteAsync();
        })));
        Console.WriteLine($"Copied in {watch.Elapsed.TotalSeconds:F0} s; building {indexes.Count} indexes again.");

        await using (var db = await source.OpenConnectionAsync())
        {
            await Execute(db, "SET maintenance_work_mem = '1GB'");
            foreach (var definition in indexes)
            {
                await Execute(db, definition);
            }

            await Execute(db, "VACUUM ANALYZE search_documents");
        }

        Console.WriteLine($"Seeded {closed:N0} closed and {open:N0} open incidents into the search index in {watch.Elapsed.TotalSeconds:F0} s.");
        return 0;
    }

    private static async Task WriteRow(NpgsqlBinaryImporter copy, SearchCorpus corpus, int i, int closed, int total, DateTimeOffset now)
    {
        var isOpen = i >= closed;
        // Oldest first, as a real table fills: closed tickets over three years, open ones over the last fortnight.
        var age = isOpen ? TimeSpan.FromDays(14) * (1 - (double)(i - closed) / (total - closed)) : TimeSpan.FromDays(3 * 365) * (1 - (double)i / closed);
        var created = now - age - TimeSpan.FromMinutes(corpus.Random.Double(0, 30));
        var updated = isOpen ? created.AddMinutes(corpus.Random.Double(0, 600)) : created.AddHours(corpus.Random.Double(0.2, 120));
        await copy.StartRowAsync();
        await copy.WriteAsync("incident", NpgsqlDbType.Text);
        await copy.WriteAsync(Guid.CreateVersion7(created).ToString("D"), NpgsqlDbType.Text);
        await copy.WriteAsync($"INC{9_000_000 + i:D7}", NpgsqlDbType.Text);
        await copy.WriteAsync(corpus.Title(), NpgsqlDbType.Text);
        await copy.WriteAsync(isOpen ? corpus.Random.ArrayElement(["New", "Assigned", "InProgress", "OnHold"]) : "Closed", NpgsqlDbType.Text);
        await copy.WriteAsync(isOpen, NpgsqlDbType.Boolean);
        await copy.WriteAsync(corpus.Random.Int(1, 5), NpgsqlDbType.Integer);
        await copy.WriteAsync(corpus.Random.ArrayElement(SearchCorpus.Services), NpgsqlDbType.Text);
        await copy.WriteAsync(corpus.Random.ArrayElement(SearchCorpus.Groups), NpgsqlDbType.Text);
        await copy.WriteAsync($"agent-{corpus.Random.Int(1, 200)}", NpgsqlDbType.Text);
        await copy.WriteAsync($"user-{corpus.Random.Int(1, 20000)}", NpgsqlDbType.Text);
        await copy.WriteAsync(created.UtcDateTime, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(updated.UtcDateTime, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(corpus.Random.Bool(0.1f), NpgsqlDbType.Boolean);
        await copy.WriteAsync(1, NpgsqlDbType.Integer);
        await copy.WriteAsync(corpus.PublicText(), NpgsqlDbType.Text);
        await copy.WriteAsync(corpus.WorkNote(), NpgsqlDbType.Text);
    }

    /// <summary>Drops every index of search_documents but its primary key; returns their definitions to build them again.</summary>
    private static async Task<List<string>> DropSecondaryIndexes(NpgsqlDataSource source)
    {
        await using var db = await source.OpenConnectionAsync();
        var indexes = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_documents' AND indexname <> 'pk_search_documents'", db))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await Execute(db, $"DROP INDEX \"{name}\"");
        }

        return [.. indexes.Select(i => i.Definition)];
    }

    private static async Task Execute(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static Dictionary<string, string> Options(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return values;
    }
}
