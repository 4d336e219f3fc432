using System.Text.Json;
using ItsmOrleans.Domain.Reports;

namespace ItsmOrleans.Web.Reports;

/// <summary>
/// The reports, each computed from the ticket history: rows per group (priority, service or assignment group as the
/// ticket had at the time), and a total over all of them.
/// </summary>
public static class ReportCatalog
{
    public const string Mtta = "mtta";
    public const string Mttr = "mttr";
    public const string SlaCompliance = "sla-compliance";
    public const string Backlog = "backlog";
    public const string VolumeByService = "volume-by-service";
    public const string ChangeSuccess = "change-success";
    public const string ProblemSources = "problem-sources";

    private const string NoGroup = "(none)";
    private const string Everything = "all";

    private static readonly ReportDefinition[] Definitions =
    [
        new(Mtta, "Mean time to acknowledge", ReportGrouping.Priority, ReportParameters.Incidents,
            (model, filter, ct) => Durations(model, filter, TicketHistoryEvents.Acknowledged, "acknowledged", "Acknowledged", ct)),
        new(Mttr, "Mean time to resolve", ReportGrouping.Priority, ReportParameters.Incidents,
            (model, filter, ct) => Durations(model, filter, TicketHistoryEvents.Resolved, "resolved", "Resolved", ct)),
        new(SlaCompliance, "SLA compliance", ReportGrouping.Priority, ReportParameters.Incidents, Sla),
        new(Backlog, "Backlog and its age", ReportGrouping.Priority, ReportParameters.Backlog, BacklogReport),
        new(VolumeByService, "Incident volume", ReportGrouping.Service, ReportParameters.Incidents, Volume),
        new(ChangeSuccess, "Change success rate", ReportGrouping.Service, ReportParameters.Changes, Changes),
        new(ProblemSources, "Top problem sources", ReportGrouping.Service, ReportParameters.Problems, Problems),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Definitions.Select(d => d.Name)];

    public static IReadOnlyList<ReportInfo> All { get; } =
        [.. Definitions.Select(d => new ReportInfo(d.Name, d.Title, d.Parameters.Filters, d.Parameters.Groupings))];

    public static ReportDefinition? Find(string name) => Definitions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    public static async Task<ReportTable> Run(ReportDefinition definition, IReportReadModel model, ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var content = await definition.Build(model, filter, cancellationToken);
        return new ReportTable(
            definition.Name, definition.Title, filter.From, filter.To,
            definition.Parameters.Groupings.Count == 0 ? null : JsonNamingPolicy.CamelCase.ConvertName(filter.GroupBy.ToString()),
            content.Columns, content.Rows, content.Total, content.Chart, content.Series);
    }

    private static async Task<ReportContent> Durations(
        IReportReadModel model, ReportFilter filter, string eventName, string countName, string countLabel, CancellationToken cancellationToken)
    {
        var buckets = await model.Durations(TicketKinds.Incident, eventName, filter, cancellationToken);
        var columns = new List<ReportColumn>
        {
            GroupColumn(filter), new(countName, countLabel), new("meanMinutes", "Mean (min)"), new("medianMinutes", "Median (min)"), new("p90Minutes", "90th percentile (min)"),
        };
        Dictionary<string, object?> Row(string group, IEnumerable<DurationBucket> of)
        {
            var statistics = DurationStatistics.From(of.Select(b => (b.Seconds, b.Count)));
            return new() { ["group"] = group, [countName] = statistics.Count, ["meanMinutes"] = statistics.MeanMinutes, ["medianMinutes"] = statistics.MedianMinutes, ["p90Minutes"] = statistics.P90Minutes };
        }

        var rows = Ordered(filter, buckets.GroupBy(b => b.Group), g => g.Sum(b => b.Count)).Select(g => Row(Label(g.Key), g)).ToList();
        return new ReportContent(columns, rows, Row(Everything, buckets), ["meanMinutes", "medianMinutes"]);
    }

    private static async Task<ReportContent> Sla(IReportReadModel model, ReportFilter filter, CancellationToken cancellationToken)
    {
        var response = await model.Outcomes(TicketKinds.Incident, TicketHistoryEvents.SlaResponse, filter, cancellationToken);
        var resolution = await model.Outcomes(TicketKinds.Incident, TicketHistoryEvents.SlaResolution, filter, cancellationToken);
        var columns = new List<ReportColumn>
        {
            GroupColumn(filter),
            new("responseMet", "Response met"), new("responseBreached", "Response breached"), new("responsePercent", "Response compliance (%)"),
            new("resolutionMet", "Resolution met"), new("resolutionBreached", "Resolution breached"), new("resolutionPercent", "Resolution compliance (%)"),
        };
        Dictionary<string, object?> Row(string group, Func<OutcomeCount, bool> inGroup)
        {
            var row = new Dictionary<string, object?> { ["group"] = group };
            foreach (var (name, counts) in new[] { ("response", response), ("resolution", resolution) })
            {
                // An SLA repair's withdrawal of an outcome counts against it (same time and attributes, same rows).
                var met = Count(counts.Where(inGroup), TicketHistoryEvents.Met) - Count(counts.Where(inGroup), TicketHistoryEvents.MetWithdrawn);
                var breached = Count(counts.Where(inGroup), TicketHistoryEvents.Breached) - Count(counts.Where(inGroup), TicketHistoryEvents.BreachedWithdrawn);
                row[name + "Met"] = met;
                row[name + "Breached"] = breached;
                row[name + "Percent"] = Compliance.Percent(met, breached);
            }

            return row;
        }

        var all = response.Concat(resolution).ToList();
        var rows = Ordered(filter, all.GroupBy(c => c.Group), g => g.Sum(c => c.Count)).Select(g => Row(Label(g.Key), c => c.Group == g.Key)).ToList();
        return new ReportContent(columns, rows, Row(Everything, _ => true), ["responsePercent", "resolutionPercent"]);
    }

    private static async Task<ReportContent> BacklogReport(IReportReadModel model, ReportFilter filter, CancellationToken cancellationToken)
    {
        var figures = await model.Backlog(filter, BacklogAges.Boundaries(filter.To), cancellationToken);
        var columns = new List<ReportColumn> { new("age", "Open for"), new("open", "Incidents") };
        var rows = BacklogAges.Labels
            .Select((label, i) => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["age"] = label, ["open"] = figures.AtEndByAge.GetValueOrDefault(i) })
            .ToList();
        var total = new Dictionary<string, object?> { ["age"] = Everything, ["open"] = figures.AtEndByAge.Values.Sum() };
        return new ReportContent(columns, rows, total, ["open"], BacklogSeries.Daily(filter.From, filter.To, figures.AtStart, figures.NetChangeByDay));
    }

    private static async Task<ReportContent> Volume(IReportReadModel model, ReportFilter filter, CancellationToken cancellationToken)
    {
        var opened = await model.Outcomes(TicketKinds.Incident, TicketHistoryEvents.Opened, filter, cancellationToken);
        // Resolved tickets, not resolutions: the tickets whose first resolution fell in the range, as MTTR counts them.
        var resolved = (await model.Durations(TicketKinds.Incident, TicketHistoryEvents.Resolved, filter, cancellationToken))
            .Select(b => new OutcomeCount(b.Group, null, b.Count)).ToList();
        var columns = new List<ReportColumn> { GroupColumn(filter), new("opened", "Opened"), new("resolved", "Resolved") };
        Dictionary<string, object?> Row(string group, Func<OutcomeCount, bool> inGroup) => new()
        {
            ["group"] = group, ["opened"] = opened.Where(inGroup).Sum(c => c.Count), ["resolved"] = resolved.Where(inGroup).Sum(c => c.Count),
        };
        var rows = Ordered(filter, opened.Concat(resolved).GroupBy(c => c.Group), g => opened.Where(c => c.Group == g.Key).Sum(c => c.Count))
            .Select(g => Row(Label(g.Key), c => c.Group == g.Key)).ToList();
        return new ReportContent(columns, rows, Row(Everything, _ => true), ["opened", "resolved"]);
    }

    private static async Task<ReportContent> Changes(IReportReadModel model, ReportFilter filter, CancellationToken cancellationToken)
    {
        // Changes have no priority or group: the request refuses such a filter or grouping (ReportParameters.Changes).
        var outcomes = await model.Outcomes(TicketKinds.Change, TicketHistoryEvents.ChangeOutcome, filter, cancellationToken);
        string[] kinds = ["successful", "successfulWithIssues", "failed", "backedOut"];
        var columns = new List<ReportColumn>
        {
            GroupColumn(filter), new("changes", "Changes"), new("successful", "Successful"), new("successfulWithIssues", "Successful with issues"),
            new("failed", "Failed"), new("backedOut", "Backed out"), new("successPercent", "Success rate (%)"),
        };
        Dictionary<string, object?> Row(string group, IEnumerable<OutcomeCount> of)
        {
            var list = of.ToList();
            var row = new Dictionary<string, object?> { ["group"] = group, ["changes"] = list.Sum(c => c.Count) };
            foreach (var kind in kinds)
            {
                row[kind] = Count(list, kind);
            }

            var succeeded = Count(list, "successful") + Count(list, "successfulWithIssues");
            row["successPercent"] = Compliance.Percent(succeeded, list.Sum(c => c.Count) - succeeded);
            return row;
        }

        var rows = Ordered(filter, outcomes.GroupBy(c => c.Group), g => g.Sum(c => c.Count)).Select(g => Row(Label(g.Key), g)).ToList();
        return new ReportContent(columns, rows, Row(Everything, outcomes), ["successPercent"]);
    }

    private static async Task<ReportContent> Problems(IReportReadModel model, ReportFilter filter, CancellationToken cancellationToken)
    {
        var opened = await model.Outcomes(TicketKinds.Problem, TicketHistoryEvents.Opened, filter, cancellationToken);
        // Each incident once per problem, where it was first linked: a link undone and made again is one link.
        var linked = await model.FirstOutcomes(TicketKinds.Problem, TicketHistoryEvents.ProblemLinked, filter, cancellationToken);
        var columns = new List<ReportColumn> { GroupColumn(filter), new("problems", "Problems opened"), new("incidentsLinked", "Incidents linked") };
        Dictionary<string, object?> Row(string group, Func<OutcomeCount, bool> inGroup) => new()
        {
            ["group"] = group, ["problems"] = opened.Where(inGroup).Sum(c => c.Count), ["incidentsLinked"] = linked.Where(inGroup).Sum(c => c.Count),
        };
        // The sources behind the most incidents first, then the most problems.
        var rows = opened.Concat(linked).GroupBy(c => c.Group)
            .Select(g => Row(Label(g.Key), c => c.Group == g.Key))
            .OrderByDescending(r => (long)r["incidentsLinked"]!).ThenByDescending(r => (long)r["problems"]!).ThenBy(r => (string)r["group"]!, StringComparer.Ordinal)
            .ToList();
        return new ReportContent(columns, rows, Row(Everything, _ => true), ["incidentsLinked", "problems"]);
    }

    private static long Count(IEnumerable<OutcomeCount> counts, string outcome) => counts.Where(c => c.Outcome == outcome).Sum(c => c.Count);

    /// <summary>Priorities in their order; services and groups by their size, largest first.</summary>
    private static IEnumerable<IGrouping<string?, T>> Ordered<T>(ReportFilter filter, IEnumerable<IGrouping<string?, T>> groups, Func<IGrouping<string?, T>, long> size) =>
        filter.GroupBy == ReportGrouping.Priority
            ? groups.OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
            : groups.OrderByDescending(size).ThenBy(g => g.Key, StringComparer.Ordinal);

    private static string Label(string? group) => group ?? NoGroup;

    private static ReportColumn GroupColumn(ReportFilter filter) => new("group", filter.GroupBy switch
    {
        ReportGrouping.Priority => "Priority",
        ReportGrouping.Service => "Service",
        _ => "Assignment group",
    });
}
