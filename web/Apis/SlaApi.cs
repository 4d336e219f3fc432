using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;

namespace ItsmOrleans.Web.Apis;

/// <summary>The SLA policies and business calendars under /api/sla (from configuration; read-only).</summary>
public static class SlaApi
{
    public static RouteGroupBuilder MapSlaApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sla").WithTags("SLAs");
        api.MapGet("/policies", Policies).WithName("ListSlaPolicies").WithSummary("SLA policies: targets per priority and their calendar")
            .RequireAuthorization(ItsmPolicies.SignedIn);
        api.MapGet("/calendars", Calendars).WithName("ListBusinessCalendars").WithSummary("Business calendars: working hours, time zone, holidays")
            .RequireAuthorization(ItsmPolicies.SignedIn);
        api.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static Ok<IReadOnlyList<SlaPolicyView>> Policies(ISlaPolicyCatalog catalog) =>
        TypedResults.Ok<IReadOnlyList<SlaPolicyView>>([.. catalog.Policies.Select(p => SlaPolicyView.Of(p, catalog.DefaultPolicyId))]);

    private static Ok<IReadOnlyList<BusinessCalendar>> Calendars(ISlaPolicyCatalog catalog) => TypedResults.Ok(catalog.Calendars);
}
