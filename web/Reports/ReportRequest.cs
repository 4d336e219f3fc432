using System.Text.Json;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Reports;

/// <summary>
/// The query string of GET /api/reports/{report}: a range (<c>from</c> inclusive, <c>to</c> exclusive; a date alone for
/// <c>to</c> includes that day; the last 30 days by default), filters and a grouping. Every problem is named in one 400.
/// </summary>
public static class ReportRequest
{
    public static readonly TimeSpan DefaultRange = TimeSpan.FromDays(30);

    private static readonly string[] Known = ["from", "to", "priority", "service", "assignmentGroup", "groupBy", "format"];

    public static ReportFilter Parse(string report, IQueryCollection query, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var definition = ReportCatalog.Find(report);
        if (definition is null)
        {
            errors.Add("report", $"There is no report '{report}'. Use: {string.Join(", ", ReportCatalog.Names)}.");
        }

        query.RefuseUnknown(errors, Known);

        var to = Time(query, "to", errors, endOfDay: true) ?? now;
        var from = Time(query, "from", errors, endOfDay: false) ?? to - DefaultRange;
        if (from >= to)
        {
            errors.Add("from", "'from' must be earlier than 'to'.");
        }
        else if ((to - from).TotalDays > BacklogSeries.MaxDays)
        {
            errors.Add("from", $"A report covers at most {BacklogSeries.MaxDays} days.");
        }

        var priority = query.OneValue("priority", errors) is { } priorityText
            ? EnumText.Parse<Priority>(errors, "priority", priorityText, required: true)
            : null;
        var grouping = ReportGrouping.Priority;
        if (query.OneValue("groupBy", errors) is { } groupText)
        {
            grouping = EnumText.Parse<ReportGrouping>(errors, "groupBy", groupText, required: true) ?? grouping;
        }
        else if (definition is not null)
        {
            grouping = definition.DefaultGrouping;
        }

        if (query.OneValue("format", errors) is { } format && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("format", "'format' is csv or json.");
        }

        if (definition is not null)
        {
            RefuseUnsupported(definition, query, errors);
        }

        var filter = new ReportFilter(from, to, grouping, (int?)priority, query.OneValue("service", errors), query.OneValue("assignmentGroup", errors));
        errors.ThrowIfAny();
        return filter;
    }

    private static void RefuseUnsupported(ReportDefinition definition, IQueryCollection query, FieldErrors errors)
    {
        foreach (var name in new[] { ReportParameters.Priority, ReportParameters.Service, ReportParameters.AssignmentGroup })
        {
            if (query.ContainsKey(name) && !definition.Parameters.Filters.Contains(name))
            {
                errors.Add(name, $"'{definition.Name}' is not filtered by {name}: its tickets carry none. It is filtered by: {List(definition.Parameters.Filters)}.");
            }
        }

        var groupings = definition.Parameters.Groupings;
        if (query.TryGetValue("groupBy", out var asked) && Enum.TryParse<ReportGrouping>(asked.ToString(), ignoreCase: true, out var grouping) && !groupings.Contains(grouping))
        {
            errors.Add("groupBy", groupings.Count == 0
                ? $"'{definition.Name}' is not grouped: its rows are fixed."
                : $"'{definition.Name}' is grouped by: {List(groupings.Select(g => JsonNamingPolicy.CamelCase.ConvertName(g.ToString())))}.");
        }
    }

    private static string List(IEnumerable<string> names) => names.Any() ? string.Join(", ", names) : "nothing";

    private static DateTimeOffset? Time(IQueryCollection query, string key, FieldErrors errors, bool endOfDay)
    {
        if (query.OneValue(key, errors) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? midnight.AddDays(1) : midnight;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at.ToUniversalTime();
        }

        errors.Add(key, $"'{key}' is a date or a time in ISO 8601 (2026-12-01 or 2026-12-01T09:00:00Z).");
        return null;
    }
}
