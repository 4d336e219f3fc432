using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.Risks;

namespace ItsmOrleans.Web.Apis;

/// <summary>The query string of GET /api/risks and GET /api/risks/heat-map, read strictly into a <see cref="RiskQuery"/>.</summary>
public static class RiskListRequest
{
    public const int MaxList = 200;

    public static RiskQuery Parse(IQueryCollection query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new FieldErrors();
        var status = EnumText.Parse<RiskStatus>(errors, "status", query.OneValue("status", errors), required: false);
        var category = EnumText.Parse<RiskCategory>(errors, "category", query.OneValue("category", errors), required: false);
        var band = EnumText.Parse<RiskBand>(errors, "band", query.OneValue("band", errors), required: false);
        var open = query.Flag("open", errors) ?? false;
        var overdue = query.Flag("reviewOverdue", errors) ?? false;
        var owner = query.OneValue("owner", errors, TextLimits.Name);
        var serviceId = query.OneValue("serviceId", errors, TextLimits.Name);
        var after = query.OneValue("after", errors) is { } text ? TicketNumber.Normalize(text) ?? Refused(errors) : null;
        var limit = MaxList;
        if (query.OneValue("limit", errors) is { } limitText && (!int.TryParse(limitText, out limit) || limit is < 1 or > MaxList))
        {
            errors.Add("limit", $"'limit' is a whole number from 1 to {MaxList}.");
        }

        errors.ThrowIfAny();
        return new RiskQuery(status, open, category, owner, serviceId, band, overdue ? today : null, after, limit);
    }

    private static string? Refused(FieldErrors errors)
    {
        errors.Add("after", "'after' is a risk number such as RSK0000007.");
        return null;
    }
}
