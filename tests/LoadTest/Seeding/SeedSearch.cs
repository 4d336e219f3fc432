using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace ItsmOrleans.LoadTest.Seeding;

/// <summary>
/// `seed-search`: fills a hub's PostgreSQL search index with closed and open incidents, fast (binary COPY), for
/// measuring search at scale. It writes the index only (no grains, no list rows): what search reads.
/// </summary>
public static class SeedSearch
{
    public static async Task<int> Run(IReadOnlyList<string> args)
    {
        var options = Options(args);
        var connection = options.GetValueOrDefault("connection") ?? throw new ArgumentException("Give the hub's PostgreSQL with --connection \"Host=…;Database=…\".");
        var closed = int.Parse(options.GetValueOrDefault("closed", "1000000"), CultureInfo.InvariantCulture);
        var open = int.Parse(options.GetValueOrDefault("open", "10000"), CultureInfo.InvariantCulture);
        var corpus = new SearchCorpus(int.Parse(options.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture));

        var watch = Stopwatch.StartNew();
        await using var source = NpgsqlDataSource.Create(connection);
        await using var db = await source.OpenConnectionAsync();
        var now = DateTimeOffset.UtcNow;
        await using (var copy = await db.BeginBinaryImportAsync(
            "COPY search_documents (kind, id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester, " +
            "created_at, updated_at, sla_breached, revision, public_text, internal_text) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < closed + open; i++)
            {
                var isOpen = i >= closed;
                var created = now.AddMinutes(-corpus.Random.Double(0, isOpen ? 60 * 24 * 14 : 60 * 24 * 365 * 3));
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
                if ((i + 1) % 100_000 == 0)
                {
                    Console.WriteLine($"{i + 1:N0} documents, {watch.Elapsed.TotalSeconds:F0} s");
                }
            }

            await copy.CompleteAsync();
        }

        await using (var analyse = new NpgsqlCommand("ANALYZE search_documents", db))
        {
            await analyse.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"Seeded {closed:N0} closed and {open:N0} open incidents into the search index in {watch.Elapsed.TotalSeconds:F0} s.");
        return 0;
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
