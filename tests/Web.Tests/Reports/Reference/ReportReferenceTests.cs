using ItsmOrleans.Hosting.Database;
using ItsmOrleans.Hosting.ReadModel;
using ItsmOrleans.Web.Reports;
using ItsmOrleans.Web.Tests.ReadModels;

namespace ItsmOrleans.Web.Tests.Reports.Reference;

/// <summary>
/// Thousands of generated incident histories and a thousand each of changes and problems, their facts derived by the
/// real code and written to both databases: every report, range, filter and grouping agrees with
/// <see cref="ReferenceReports"/>. A failure names its
/// seed; REPORT_REFERENCE_SEED replays it.
/// </summary>
[Trait("Category", "Database")]
public class ReportReferenceTests(ReadModelDatabases databases) : IClassFixture<ReadModelDatabases>
{
    private const int Histories = 3_000;
    private const int Records = 1_000;
    private static readonly DateTimeOffset Start = new(2032, 1, 5, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Every_report_range_filter_and_grouping_agrees_with_the_reference_on_both_databases()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("REPORT_REFERENCE_SEED"), CultureInfo.InvariantCulture, out var asked) ? asked : 20261207;
        var incidents = Enumerable.Range(1, Histories).Select(new IncidentHistoryGenerator(seed, Start).Next).ToList();
        var changes = Enumerable.Range(1, Records).Select(new ChangeHistoryGenerator(seed + 1, Start).Next).ToList();
        var problems = Enumerable.Range(1, Records).Select(new ProblemHistoryGenerator(seed + 2, Start).Next).ToList();
        var reference = new ReferenceReports([.. incidents.Select(g => g.Truth)], [.. changes.Select(g => g.Truth)], [.. problems.Select(g => g.Truth)]);
        (DateTimeOffset From, DateTimeOffset To)[] ranges =
        [
            (Start.AddDays(-1), Start.AddDays(30)),
            (Start.AddDays(3).AddHours(7.5), Start.AddDays(9).AddMinutes(13)),
            (Start.AddDays(12), Start.AddDays(12).AddHours(6)),
        ];
        var narrowings = new (string? Parameter, Func<ReportFilter, ReportFilter> Narrow)[]
        {
            (null, f => f),
            (ReportParameters.Priority, f => f with { Priority = 2 }),
            (ReportParameters.Service, f => f with { ServiceId = "mail" }),
            (ReportParameters.AssignmentGroup, f => f with { AssignmentGroup = "network" }),
        };

        var disagreements = new List<string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            var model = new SqlReportReadModel(databases.For(provider));
            await model.Append([.. incidents.SelectMany(g => g.Facts), .. changes.SelectMany(g => g.Facts), .. problems.SelectMany(g => g.Facts)], CancellationToken.None);
            foreach (var name in ReportCatalog.Names)
            {
                var definition = ReportCatalog.Find(name)!;
                var groupings = definition.Parameters.Groupings.Count > 0 ? definition.Parameters.Groupings : [definition.DefaultGrouping];
                foreach (var (from, to) in ranges)
                {
                    foreach (var (parameter, narrow) in narrowings.Where(n => n.Parameter is null || definition.Parameters.Filters.Contains(n.Parameter)))
                    {
                        foreach (var grouping in groupings)
                        {
                            var filter = narrow(new ReportFilter(from, to, grouping));
                            var actual = Flatten(await ReportCatalog.Run(definition, model, filter, CancellationToken.None));
                            var expected = reference.For(name, filter);
                            if (!actual.SequenceEqual(expected))
                            {
                                disagreements.Add($"{provider} {name} {filter}: {Difference(expected, actual)}");
                            }
                        }
                    }
                }
            }
        }

        Assert.True(disagreements.Count == 0,
            $"seed {seed} (REPORT_REFERENCE_SEED={seed} replays it): {disagreements.Count} disagreements, first:\n{string.Join("\n", disagreements.Take(5))}");
    }

    private static SortedDictionary<string, string> Flatten(ReportTable table)
    {
        var cells = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var key = table.Columns[0].Name;
        foreach (var row in table.Rows.Append(table.Total).OfType<IReadOnlyDictionary<string, object?>>())
        {
            foreach (var column in table.Columns.Skip(1))
            {
                cells[$"{row[key]}.{column.Name}"] = ReferenceReports.Text(row[column.Name]);
            }
        }

        var flat = ReferenceReports.WithoutEmptyRows(cells);
        foreach (var point in table.Series ?? [])
        {
            flat["day." + point.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] = ReferenceReports.Text(point.Open);
        }

        return flat;
    }

    private static string Difference(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual) =>
        string.Join("; ", expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            .Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k))
            .Take(6)
            .Select(k => $"{k} expected {expected.GetValueOrDefault(k) ?? "nothing"}, got {actual.GetValueOrDefault(k) ?? "nothing"}"));
}
