using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Numbering;

namespace ItsmOrleans.Web.Apis;

/// <summary>The query string of GET /api/continuity/plans, read strictly into a <see cref="PlanQuery"/>.</summary>
public static class PlanListRequest
{
    public const int MaxList = 200;

    public static PlanQuery Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new FieldErrors();
        var status = EnumText.Parse<PlanStatus>(errors, "status", query.OneValue("status", errors), required: false);
        var serviceId = query.OneValue("serviceId", errors, TextLimits.Name);
        var after = query.OneValue("after", errors) is { } text ? TicketNumber.Normalize(text) ?? Refused(errors) : null;
        var limit = MaxList;
        if (query.OneValue("limit", errors) is { } limitText && (!int.TryParse(limitText, out limit) || limit is < 1 or > MaxList))
        {
            errors.Add("limit", $"'limit' is a whole number from 1 to {MaxList}.");
        }

        errors.ThrowIfAny();
        return new PlanQuery(status, serviceId, after, limit);
    }

    private static string? Refused(FieldErrors errors)
    {
        errors.Add("after", "'after' is a plan number such as BCP0000007.");
        return null;
    }
}
