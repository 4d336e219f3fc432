using Npgsql;
using NpgsqlTypes;

namespace ItsmOrleans.LoadTest.Seeding;

/// <summary>
/// `seed-history`: fills a hub's PostgreSQL ticket history with the facts of closed and open incidents (opened,
/// acknowledged, SLA met or breached against the built-in standard policy, resolved, closed), changes with outcomes
/// and problems with linked incidents, fast (binary COPY), for timing the reports at scale. It writes the history only
/// (no grains, no list rows): what the reports read.
/// </summary>
public static class SeedHistory
{
    // The standard policy's targets (response, resolution) per priority, P1 first.
    private static readonly (TimeSpan Response, TimeSpan Resolution)[] Targets =
    [
        (TimeSpan.FromMinutes(15), TimeSpan.FromHours(4)),
        (TimeSpan.FromMinutes(30), TimeSpan.FromHours(8)),
        (TimeSpan.FromHours(4), TimeSpan.FromDays(3)),
        (TimeSpan.FromDays(1), TimeSpan.FromDays(5)),
        (TimeSpan.FromDays(2), TimeSpan.FromDays(10)),
    ];

    private static readonly string[] ChangeOutcomes = ["successful", "successful", "successful", "successful", "successfulWithIssues", "failed", "backedOut"];

    public static async Task<int> Run(IReadOnlyList<string> args)
    {
        var options = Options(args);
        var connection = options.GetValueOrDefault("connection") ?? throw new ArgumentException("Give the hub's PostgreSQL with --connection \"Host=…;Database=…\".");
        var closed = int.Parse(options.GetValueOrDefault("closed", "1000000"), CultureInfo.InvariantCulture);
        var open = int.Parse(options.GetValueOrDefault("open", "10000"), CultureInfo.InvariantCulture);
        var random = new Bogus.Randomizer(int.Parse(options.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture));

        var watch = Stopwatch.StartNew();
        await using var source = NpgsqlDataSource.Create(connection);
        await using var db = await source.OpenConnectionAsync();
        var now = DateTimeOffset.UtcNow;
        var rows = 0L;
        await using (var copy = await db.BeginBinaryImportAsync(
            "COPY ticket_history (ticket_id, event, ordinal, kind, number, at, outcome, priority, service_id, assignment_group, " +
            "opened_at, duration_seconds, backlog_delta) FROM STDIN (FORMAT BINARY)"))
        {
            async Task Fact(Fact fact)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(fact.Id, NpgsqlDbType.Text);
                await copy.WriteAsync(fact.Event, NpgsqlDbType.Text);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(fact.Kind, NpgsqlDbType.Text);
                await copy.WriteAsync(fact.Number, NpgsqlDbType.Text);
                await copy.WriteAsync(fact.At.UtcDateTime, NpgsqlDbType.TimestampTz);
                await Nullable(copy, fact.Outcome, NpgsqlDbType.Text);
                await Nullable(copy, fact.Priority, NpgsqlDbType.Integer);
                await copy.WriteAsync(fact.Service, NpgsqlDbType.Text);
                await Nullable(copy, fact.Group, NpgsqlDbType.Text);
                await copy.WriteAsync(fact.OpenedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
                await Nullable(copy, fact.Timed ? (long?)Math.Round((fact.At - fact.OpenedAt).TotalSeconds) : null, NpgsqlDbType.Bigint);
                await copy.WriteAsync(fact.BacklogDelta, NpgsqlDbType.Integer);
                rows++;
            }

            for (var i = 0; i < closed + open; i++)
            {
                var isOpen = i >= closed;
                var opened = now.AddMinutes(-random.Double(0, isOpen ? 60 * 24 * 14 : 60 * 24 * 365 * 3));
                var priority = random.Int(1, 5);
                var incident = new Fact(
                    Guid.CreateVersion7(opened).ToString("D"), "", "incident", $"INC{8_000_000 + i:D7}", opened, null, priority,
                    random.ArrayElement(SearchCorpus.Services), random.ArrayElement(SearchCorpus.Groups), opened, false, 0);
                var (responseTarget, resolutionTarget) = Targets[priority - 1];
                await Fact(incident with { Event = "opened", BacklogDelta = 1 });

                var acknowledged = opened + responseTarget * random.Double(0.05, 1.2);
                if (!isOpen || acknowledged < now)
                {
                    await Fact(incident with { Event = "acknowledged", At = acknowledged, Timed = true });
                }

                await Sla(Fact, incident, "sla_response", opened + responseTarget, acknowledged, now);
                if (isOpen)
                {
                    continue;
                }

                var resolved = opened + resolutionTarget * random.Double(0.05, 1.3);
                await Sla(Fact, incident, "sla_resolution", opened + resolutionTarget, resolved, now);
                await Fact(incident with { Event = "resolved", At = resolved, Timed = true, BacklogDelta = -1 });
                await Fact(incident with { Event = "closed", At = resolved.AddDays(3), Timed = true });
                if ((i + 1) % 100_000 == 0)
                {
                    Console.WriteLine($"{i + 1:N0} incidents, {rows:N0} facts, {watch.Elapsed.TotalSeconds:F0} s");
                }
            }

            // A change for every 20 incidents and a problem for every 50, over the same three years.
            for (var i = 0; i < closed / 20; i++)
            {
                var raised = now.AddMinutes(-random.Double(0, 60 * 24 * 365 * 3));
                var change = new Fact(Guid.CreateVersion7(raised).ToString("D"), "opened", "change", $"CHG{8_000_000 + i:D7}", raised, null, null,
                    random.ArrayElement(SearchCorpus.Services), null, raised, false, 0);
                await Fact(change);
                await Fact(change with { Event = "change_outcome", At = raised.AddDays(random.Double(1, 14)), Outcome = random.ArrayElement(ChangeOutcomes), Timed = true });
            }

            for (var i = 0; i < closed / 50; i++)
            {
                var raised = now.AddMinutes(-random.Double(0, 60 * 24 * 365 * 3));
                var problem = new Fact(Guid.CreateVersion7(raised).ToString("D"), "opened", "problem", $"PRB{8_000_000 + i:D7}", raised, null, null,
                    random.ArrayElement(SearchCorpus.Services), random.ArrayElement(SearchCorpus.Groups), raised, false, 0);
                await Fact(problem);
                await Fact(problem with { Event = "problem_linked", At = raised.AddHours(random.Double(0, 48)), Outcome = $"INC{8_000_000 + random.Int(0, closed):D7}" });
            }

            await copy.CompleteAsync();
        }

        // As autovacuum would soon: the visibility map lets the reports read their indexes alone.
        await using (var analyse = new NpgsqlCommand("VACUUM ANALYZE ticket_history, backlog_now", db))
        {
            await analyse.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"Seeded {closed:N0} closed and {open:N0} open incidents ({rows:N0} history facts) in {watch.Elapsed.TotalSeconds:F0} s.");
        return 0;
    }

    /// <summary>An SLA is breached when its target passes first, else met when the promise was kept; still running, neither.</summary>
    private static async Task Sla(Func<Fact, Task> write, Fact incident, string name, DateTimeOffset due, DateTimeOffset kept, DateTimeOffset now)
    {
        if (due < kept && due < now)
        {
            await write(incident with { Event = name, At = due, Outcome = "breached" });
        }
        else if (kept < now)
        {
            await write(incident with { Event = name, At = kept, Outcome = "met" });
        }
    }

    private static Task Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);

    private static Dictionary<string, string> Options(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return values;
    }

    private sealed record Fact(
        string Id, string Event, string Kind, string Number, DateTimeOffset At, string? Outcome, int? Priority, string Service, string? Group,
        DateTimeOffset OpenedAt, bool Timed, int BacklogDelta);
}
