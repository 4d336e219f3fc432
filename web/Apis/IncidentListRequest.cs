using ItsmOrleans.Contracts.Incidents;

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
        query.RefuseUnknown(errors, Known, "filter");

        var statuses = query.Values("status").Select(v => EnumText.Parse<IncidentStatus>(errors, "status", v, required: true)).OfType<IncidentStatus>().ToList();
        var priorities = query.Values("priority").Select(v => EnumText.Parse<Priority>(errors, "priority", v, required: true)).OfType<Priority>().ToList();
        var numbers = query.Values("number").Select(v => v.ToUpperInvariant()).ToList();
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

        var service = query.OneValue("service", errors);
        var group = query.OneValue("assignmentGroup", errors);
        var assignee = query.OneValue("assignee", errors);
        var after = query.OneValue("after", errors);
        errors.ThrowIfAny();
        var onlyOwn = caller.Roles.All(r => r == Role.Requester) ? caller.Name : null;
        return new IncidentQuery(statuses, priorities, service, group, assignee, limit, after, onlyOwn, numbers);
    }

    private static readonly string[] Known = ["number", "status", "priority", "service", "assignmentGroup", "assignee", "limit", "after", "format"];
}
