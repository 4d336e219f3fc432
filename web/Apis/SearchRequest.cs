using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Search;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// The query string of GET /api/search. Repeat a filter or separate values with commas to match any of them; every
/// problem is named in one 400.
/// </summary>
public static class SearchRequest
{
    public const int DefaultLimit = 50;

    private static readonly string[] Known =
        ["q", "kind", "status", "priority", "service", "assignmentGroup", "assignee", "createdFrom", "createdBefore", "open", "slaBreached", "sort", "limit", "after", "format"];

    /// <summary>
    /// Reads the search; what the caller may read decides which words match and which records: a requester finds their
    /// own incidents and service requests, and services, never changes or problems. <c>NothingVisible</c> when the caller asked only for kinds they may not see.
    /// </summary>
    public static (SearchQuery Query, bool NothingVisible) Parse(IQueryCollection query, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var errors = new FieldErrors();
        query.RefuseUnknown(errors, Known);

        var text = query.OneValue("q", errors, SearchText.MaxLength);
        if (text is not null)
        {
            try
            {
                SearchText.Parse(text);
            }
            catch (Contracts.Common.DomainValidationException invalid)
            {
                foreach (var (field, messages) in invalid.Errors)
                {
                    Array.ForEach(messages, m => errors.Add(field, m));
                }
            }
        }

        var kinds = query.Values("kind").ToList();
        foreach (var kind in kinds.Where(k => !SearchKinds.All.Contains(k)))
        {
            errors.Add("kind", $"'{kind}' is not a kind of record search holds. Use: {string.Join(", ", SearchKinds.All)}.");
        }

        var statuses = query.Values("status").Select(v => Status(errors, v, kinds)).OfType<string>().ToList();
        var priorities = query.Values("priority").Select(v => EnumText.Parse<Priority>(errors, "priority", v, required: true)).OfType<Priority>()
            .Select(p => (int)p).ToList();
        var sort = query.OneValue("sort", errors, 20) is { } sortText ? EnumText.Parse<SearchSort>(errors, "sort", sortText, required: true) : null;
        if (sort == SearchSort.Relevance && text is null)
        {
            errors.Add("sort", "Sorting by relevance needs words to look for (q).");
        }

        var limit = DefaultLimit;
        if (query.OneValue("limit", errors, 10) is { } limitText
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > SqlSearchIndex.MaxPageSize))
        {
            errors.Add("limit", $"'limit' is a whole number from 1 to {SqlSearchIndex.MaxPageSize}.");
        }

        var createdFrom = Time(query, "createdFrom", errors);
        var createdBefore = Time(query, "createdBefore", errors);
        if (createdFrom > createdBefore)
        {
            errors.Add("createdBefore", "'createdBefore' must not be earlier than 'createdFrom'.");
        }

        var requesterOnly = caller.Roles.All(r => r == Role.Requester);
        var visibleKinds = requesterOnly ? (kinds.Count == 0 ? [.. SearchKinds.ForRequesters] : kinds.Intersect(SearchKinds.ForRequesters).ToList()) : kinds;
        var search = new SearchQuery(
            text, visibleKinds, statuses, priorities,
            query.OneValue("service", errors, TextLimits.Name * 4),
            query.OneValue("assignmentGroup", errors, TextLimits.Name * 4),
            query.OneValue("assignee", errors, TextLimits.Name * 4),
            createdFrom, createdBefore,
            query.Flag("open", errors), query.Flag("slaBreached", errors),
            sort, limit,
            query.OneValue("after", errors, 400),
            IncidentAccess.SeesWorkNotes(caller) ? SearchAudience.Full : SearchAudience.Public,
            requesterOnly ? caller.Name : null);
        if (search.After is { } after)
        {
            try
            {
                SearchCursor.Decode(after, search.EffectiveSort);
            }
            catch (Contracts.Common.DomainValidationException invalid)
            {
                errors.Add("after", invalid.Errors["after"][0]);
            }
        }

        errors.ThrowIfAny();
        return (search, visibleKinds.Count == 0 && kinds.Count > 0);
    }

    /// <summary>The statuses of each kind of record, as its kind names them (a service's is its kind: business or technical).</summary>
    private static readonly Dictionary<string, string[]> StatusNames = new(StringComparer.Ordinal)
    {
        [SearchKinds.Incident] = Enum.GetNames<IncidentStatus>(),
        [SearchKinds.ServiceRequest] = Enum.GetNames<ServiceRequestStatus>(),
        [SearchKinds.Change] = Enum.GetNames<ChangeStatus>(),
        [SearchKinds.Problem] = Enum.GetNames<ProblemStatus>(),
        [SearchKinds.KnownError] = Enum.GetNames<ProblemStatus>(),
        [SearchKinds.Service] = Enum.GetNames<ServiceKind>(),
    };

    /// <summary>A status of one of the kinds searched (of any kind when none is named), as its kind names it.</summary>
    private static string? Status(FieldErrors errors, string text, List<string> kinds)
    {
        var names = (kinds.Count == 0 ? SearchKinds.All : kinds).SelectMany(k => StatusNames.GetValueOrDefault(k) ?? []).Distinct().ToList();
        var name = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (name is null && names.Count > 0)
        {
            var of = kinds.Count == 0 ? "" : $" of {string.Join(" or ", kinds)}";
            errors.Add("status", $"'{text}' is not a status{of}. Use: {string.Join(", ", names.Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
        }

        return name;
    }

    private static DateTimeOffset? Time(IQueryCollection query, string key, FieldErrors errors) => query.OneValue(key, errors, 40) switch
    {
        null => null,
        var text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) => at,
        _ => Refuse<DateTimeOffset?>(errors, key, $"'{key}' is a date or a time in ISO 8601 (2026-12-01 or 2026-12-01T09:00:00Z)."),
    };

    private static T Refuse<T>(FieldErrors errors, string key, string message)
    {
        errors.Add(key, message);
        return default!;
    }
}
