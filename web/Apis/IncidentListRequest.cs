using System.Globalization;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Hosting.ReadModel;

namespace ItsmOrleans.Web.Apis;

/// <summary>The query string of GET /api/incidents. Repeat a filter or separate values with commas to match any of them.</summary>
public static class IncidentListRequest
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Reads the filters; a caller who is only a requester sees only the incidents they raised.</summary>
    public static IncidentQuery Parse(IQueryCollection query, Caller caller)
    {
        var errors = new FieldErrors();
        foreach (var key in query.Keys.Where(k => !Known.Contains(k)))
        {
            errors.Add(key, $"Unknown filter '{key}'. Use: {string.Join(", ", Known)}.");
        }

        var statuses = Values(query, "status").Select(v => EnumText.Parse<IncidentStatus>(errors, "status", v, required: true)).OfType<IncidentStatus>().ToList();
        var priorities = Values(query, "priority").Select(v => EnumText.Parse<Priority>(errors, "priority", v, required: true)).OfType<Priority>().ToList();
        var numbers = Values(query, "number").Select(v => v.ToUpperInvariant()).ToList();
        if (numbers.Count > MaxLimit)
        {
            errors.Add("number", $"At most {MaxLimit} numbers at once.");
        }

        foreach (var number in numbers.Where(n => n.Length > TextLimits.Name))
        {
            errors.Add("number", $"'{number[..TextLimits.Name]}…' is not an incident number.");
        }

        var limit = DefaultLimit;
        if (query.TryGetValue("limit", out var limitText)
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            errors.Add("limit", $"'limit' is a whole number from 1 to {MaxLimit}.");
        }

        var service = Single(query, "service", errors);
        var group = Single(query, "assignmentGroup", errors);
        var assignee = Single(query, "assignee", errors);
        var after = Single(query, "after", errors);
        errors.ThrowIfAny();
        var onlyOwn = caller.Roles.All(r => r == Role.Requester) ? caller.Name : null;
        return new IncidentQuery(statuses, priorities, service, group, assignee, limit, after, onlyOwn, numbers);
    }

    private static readonly string[] Known = ["number", "status", "priority", "service", "assignmentGroup", "assignee", "limit", "after", "format"];

    private static IEnumerable<string> Values(IQueryCollection query, string key) =>
        query[key].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string? Single(IQueryCollection query, string key, FieldErrors errors)
    {
        var values = query[key];
        if (values.Count > 1)
        {
            errors.Add(key, $"Give '{key}' once.");
        }

        var value = values.Count == 0 ? null : values[0];
        errors.Text(key, value, TextLimits.Name * 4, required: false);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
