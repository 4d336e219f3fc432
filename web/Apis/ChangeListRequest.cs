using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Web.Apis;

/// <summary>The query strings of GET /api/changes and GET /api/changes/calendar.</summary>
public static class ChangeListRequest
{
    public const int MaxLimit = 200;
    public const int CalendarLimit = 1000;
    public static readonly TimeSpan LongestCalendarRange = TimeSpan.FromDays(92);

    public static ChangeQuery ParseList(IQueryCollection query)
    {
        var errors = new FieldErrors();
        query.RefuseUnknown(errors, ["status", "service", "limit", "after", "format"]);
        var status = EnumText.Parse<ChangeStatus>(errors, "status", query.OneValue("status", errors), required: false);
        var limit = 50;
        if (query.OneValue("limit", errors) is { } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            errors.Add("limit", $"'limit' is a whole number from 1 to {MaxLimit}.");
        }

        var service = query.OneValue("service", errors);
        var after = query.OneValue("after", errors);
        errors.ThrowIfAny();
        return new ChangeQuery(status, service, limit, after);
    }

    /// <summary>The calendar range: from/to as ISO 8601 instants, at most <see cref="LongestCalendarRange"/> apart.</summary>
    public static (DateTimeOffset From, DateTimeOffset To, string? ServiceId) ParseCalendar(IQueryCollection query)
    {
        var errors = new FieldErrors();
        query.RefuseUnknown(errors, ["from", "to", "service"]);
        var from = Instant(query, "from", errors);
        var to = Instant(query, "to", errors);
        if (from is { } start && to is { } end && (end <= start || end - start > LongestCalendarRange))
        {
            errors.Add("to", $"'to' comes after 'from', at most {LongestCalendarRange.TotalDays} days later.");
        }

        var service = query.OneValue("service", errors);
        errors.ThrowIfAny();
        return (from!.Value, to!.Value, service);
    }

    private static DateTimeOffset? Instant(IQueryCollection query, string key, FieldErrors errors)
    {
        var text = query.OneValue(key, errors);
        if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }

        errors.Add(key, $"'{key}' is required: an ISO 8601 instant such as 2026-12-01T00:00:00Z.");
        return null;
    }
}
