using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Hosting.ReadModel;

namespace ItsmOrleans.Web.Tests.Reports.Reference;

/// <summary>
/// The reports computed plainly from what happened to incidents, changes and problems, as docs/reports.md defines them, flattened to
/// "row.column" → value (rows whose figures are all zero or empty left out; the backlog series as "day.yyyy-MM-dd").
/// </summary>
public sealed class ReferenceReports(
    IReadOnlyList<GeneratedIncident> incidents, IReadOnlyList<GeneratedChange> changes, IReadOnlyList<GeneratedProblem> problems)
{
    public SortedDictionary<string, string> For(string report, ReportFilter filter) => report switch
    {
        "mtta" => Durations(filter, "acknowledged", i => i.FirstResponse),
        "mttr" => Durations(filter, "resolved", i => i.FirstResolution),
        "volume-by-service" => Volume(filter),
        "sla-compliance" => Sla(filter),
        "backlog" => Backlog(filter),
        "change-success" => ChangeSuccess(filter),
        "problem-sources" => ProblemSources(filter),
        _ => throw new ArgumentOutOfRangeException(nameof(report), report, "No reference for this report."),
    };

    private SortedDictionary<string, string> Durations(ReportFilter filter, string count, Func<GeneratedIncident, IncidentMoment?> end)
    {
        var samples = incidents.Select(i => (Incident: i, End: end(i))).Where(s => s.End is { } e && Counts(e, filter))
            .Select(s => (Group: Group(s.End!, filter), Seconds: (long)Math.Round((s.End!.At - s.Incident.Opened.At).TotalSeconds))).ToList();
        var table = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Row(string group, List<long> seconds)
        {
            seconds.Sort();
            Put(table, group, count, seconds.Count);
            Put(table, group, "meanMinutes", seconds.Count == 0 ? null : Minutes((decimal)seconds.Sum() / seconds.Count));
            Put(table, group, "medianMinutes", seconds.Count == 0 ? null : Minutes(Percentile(seconds, 0.5m)));
            Put(table, group, "p90Minutes", seconds.Count == 0 ? null : Minutes(Percentile(seconds, 0.9m)));
        }

        foreach (var group in samples.GroupBy(s => s.Group))
        {
            Row(group.Key, [.. group.Select(s => s.Seconds)]);
        }

        Row("all", [.. samples.Select(s => s.Seconds)]);
        return WithoutEmptyRows(table);
    }

    private SortedDictionary<string, string> Volume(ReportFilter filter)
    {
        var table = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var opened = incidents.Select(i => i.Opened).Where(m => Counts(m, filter)).ToList();
        var resolved = incidents.Select(i => i.FirstResolution).OfType<IncidentMoment>().Where(m => Counts(m, filter)).ToList();
        foreach (var group in opened.Concat(resolved).Select(m => Group(m, filter)).Distinct())
        {
            Put(table, group, "opened", opened.Count(m => Group(m, filter) == group));
            Put(table, group, "resolved", resolved.Count(m => Group(m, filter) == group));
        }

        Put(table, "all", "opened", opened.Count);
        Put(table, "all", "resolved", resolved.Count);
        return WithoutEmptyRows(table);
    }

    /// <summary>One outcome per incident and clock: breached when its target elapsed (even after a reopen), else met where it stopped.</summary>
    private SortedDictionary<string, string> Sla(ReportFilter filter)
    {
        var table = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var clocks = new (string Name, Func<GeneratedIncident, IncidentMoment?> Breach, Func<GeneratedIncident, IncidentMoment?> Stop)[]
        {
            ("response", i => i.ResponseBreach, i => i.FirstResponse),
            ("resolution", i => i.ResolutionBreach, i => i.FirstResolution),
        };
        var outcomesByClock = clocks.Select(clock => (clock.Name, Outcomes: incidents
                .Select(i => clock.Breach(i) is { } b ? (Moment: b, Met: false) : clock.Stop(i) is { } s ? (Moment: s, Met: true) : (Moment: (IncidentMoment?)null, Met: false))
                .Where(o => o.Moment is { } m && Counts(m, filter)).ToList())).ToList();
        var groups = outcomesByClock.SelectMany(c => c.Outcomes).Select(o => Group(o.Moment!, filter)).Distinct().Append("all").ToList();
        foreach (var (name, outcomes) in outcomesByClock)
        {
            foreach (var group in groups)
            {
                var list = outcomes.Where(o => group == "all" || Group(o.Moment!, filter) == group).ToList();
                var met = list.Count(o => o.Met);
                Put(table, group, name + "Met", met);
                Put(table, group, name + "Breached", list.Count - met);
                Put(table, group, name + "Percent", list.Count == 0 ? null : Math.Round(100m * met / list.Count, 1, MidpointRounding.AwayFromZero));
            }
        }

        return WithoutEmptyRows(table);
    }

    private SortedDictionary<string, string> Backlog(ReportFilter filter)
    {
        var table = new SortedDictionary<string, string>(StringComparer.Ordinal);
        List<GeneratedIncident> OpenBefore(DateTimeOffset at) =>
            [.. incidents.Where(i => i.Before(at) is { IsOpen: true } m && Matches(m, filter))];

        var atEnd = OpenBefore(filter.To);
        var boundaries = BacklogAges.Boundaries(filter.To);
        for (var bucket = 0; bucket < BacklogAges.Labels.Count; bucket++)
        {
            var b = bucket;
            Put(table, BacklogAges.Labels[b], "open", atEnd.Count(i =>
                Enumerable.Range(0, boundaries.Count).FirstOrDefault(k => i.Opened.At > boundaries[k], boundaries.Count) == b));
        }

        Put(table, "all", "open", atEnd.Count);
        var trimmed = WithoutEmptyRows(table);
        var last = DateOnly.FromDateTime(filter.To.UtcDateTime.AddTicks(-1));
        for (var day = DateOnly.FromDateTime(filter.From.UtcDateTime); day <= last; day = day.AddDays(1))
        {
            var endOfDay = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            trimmed["day." + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] = Text(OpenBefore(endOfDay < filter.To ? endOfDay : filter.To).Count);
        }

        return trimmed;
    }

    /// <summary>Reviewed changes by outcome; success is successful or successful with issues.</summary>
    private SortedDictionary<string, string> ChangeSuccess(ReportFilter filter)
    {
        var table = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var reviewed = changes.Where(c => c.Reviewed is { } r && Counts(r, filter)).ToList();
        void Row(string group, List<GeneratedChange> of)
        {
            int Of(ChangeOutcome outcome) => of.Count(c => c.Outcome == outcome);
            var succeeded = Of(ChangeOutcome.Successful) + Of(ChangeOutcome.SuccessfulWithIssues);
            Put(table, group, "changes", of.Count);
            Put(table, group, "successful", Of(ChangeOutcome.Successful));
            Put(table, group, "successfulWithIssues", Of(ChangeOutcome.SuccessfulWithIssues));
            Put(table, group, "failed", Of(ChangeOutcome.Failed));
            Put(table, group, "backedOut", Of(ChangeOutcome.BackedOut));
            Put(table, group, "successPercent", of.Count == 0 ? null : Math.Round(100m * succeeded / of.Count, 1, MidpointRounding.AwayFromZero));
        }

        foreach (var group in reviewed.GroupBy(c => Group(c.Reviewed!, filter)))
        {
            Row(group.Key, [.. group]);
        }

        Row("all", reviewed);
        return WithoutEmptyRows(table);
    }

    /// <summary>Problems by their opening, incidents by their first link to each problem.</summary>
    private SortedDictionary<string, string> ProblemSources(ReportFilter filter)
    {
        var table = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var opened = problems.Select(p => p.Opened).Where(m => Counts(m, filter)).ToList();
        var linked = problems.SelectMany(p => p.FirstLinks).Where(m => Counts(m, filter)).ToList();
        foreach (var group in opened.Concat(linked).Select(m => Group(m, filter)).Distinct())
        {
            Put(table, group, "problems", opened.Count(m => Group(m, filter) == group));
            Put(table, group, "incidentsLinked", linked.Count(m => Group(m, filter) == group));
        }

        Put(table, "all", "problems", opened.Count);
        Put(table, "all", "incidentsLinked", linked.Count);
        return WithoutEmptyRows(table);
    }

    /// <summary>The nearest-ranks interpolation of docs/reports.md: rank (n − 1) × p from 0, linearly between its neighbours.</summary>
    private static decimal Percentile(List<long> sorted, decimal share)
    {
        var position = (sorted.Count - 1) * share;
        var lower = (int)decimal.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }

    private static decimal Minutes(decimal seconds) => Math.Round(seconds / 60, 1, MidpointRounding.AwayFromZero);

    private static bool Counts(IncidentMoment moment, ReportFilter filter) => moment.At >= filter.From && moment.At < filter.To && Matches(moment, filter);

    private static bool Matches(IncidentMoment moment, ReportFilter filter) =>
        (filter.Priority is null || moment.Priority == filter.Priority)
        && (filter.ServiceId is null || moment.Service == filter.ServiceId)
        && (filter.AssignmentGroup is null || moment.Group == filter.AssignmentGroup);

    private static bool Counts(RecordMoment moment, ReportFilter filter) =>
        moment.At >= filter.From && moment.At < filter.To
        && (filter.ServiceId is null || moment.Service == filter.ServiceId)
        && (filter.AssignmentGroup is null || moment.Group == filter.AssignmentGroup);

    private static string Group(RecordMoment moment, ReportFilter filter) =>
        (filter.GroupBy == ReportGrouping.Service ? moment.Service : moment.Group) ?? "(none)";

    private static string Group(IncidentMoment moment, ReportFilter filter) => filter.GroupBy switch
    {
        ReportGrouping.Priority => "P" + moment.Priority.ToString(CultureInfo.InvariantCulture),
        ReportGrouping.Service => moment.Service ?? "(none)",
        _ => moment.Group ?? "(none)",
    };

    private static void Put(SortedDictionary<string, string> table, string row, string column, object? value) => table[row + "." + column] = Text(value);

    /// <summary>Numbers as invariant text, so a count read as a long and one computed as a decimal compare equal.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        IFormattable number => Convert.ToDecimal(number, CultureInfo.InvariantCulture).ToString("0.###", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A row whose figures are all zero or empty says nothing: the reports may or may not list such a group.</summary>
    public static SortedDictionary<string, string> WithoutEmptyRows(SortedDictionary<string, string> table)
    {
        var empty = table.GroupBy(c => c.Key[..c.Key.LastIndexOf('.')])
            .Where(row => row.All(c => c.Value is "" or "0")).Select(row => row.Key).ToHashSet();
        return new SortedDictionary<string, string>(
            table.Where(c => !empty.Contains(c.Key[..c.Key.LastIndexOf('.')])).ToDictionary(), StringComparer.Ordinal);
    }
}
