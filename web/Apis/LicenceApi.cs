using ItsmOrleans.Contracts.Licences;
using ItsmOrleans.Contracts.Notices;

namespace ItsmOrleans.Web.Apis;

/// <summary>Software licences under /api/licences, and the operational notices under /api/notices.</summary>
public static class LicenceApi
{
    public static IEndpointRouteBuilder MapLicenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/licences").WithTags("Licences");
        api.MapGet("/", List).WithName("ListLicences").WithSummary("Licences with seats used and compliance (under, at, over)")
            .RequireAuthorization(ItsmPolicies.ReadLicences);
        api.MapGet("/{id}", Get).WithName("GetLicence").RequireAuthorization(ItsmPolicies.ReadLicences);
        api.MapPut("/{id}", Define).WithName("DefineLicence").RequireAuthorization(ItsmPolicies.Administer);
        api.MapPost("/{id}/assignments", Assign).WithName("AssignLicence").RequireAuthorization(ItsmPolicies.WorkIncidents);
        api.MapDelete("/{id}/assignments/{assignee}", Unassign).WithName("UnassignLicence").RequireAuthorization(ItsmPolicies.WorkIncidents);
        api.ProducesCommandProblems();
        app.MapGet("/api/notices", Notices).WithTags("Licences").WithName("ListNotices")
            .WithSummary("Active operational notices: over-used licences, expiring contracts").RequireAuthorization(ItsmPolicies.WatchBoards);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<LicenceSummary>>, CsvResult>> List(HttpContext http, ILicenceReadModel licences, CancellationToken cancellationToken) =>
        CsvFormat.IsRequested(http.Request)
            ? ListCsv.Licences.Complete(http, "licences.csv", await licences.List(cancellationToken))
            : TypedResults.Ok(await licences.List(cancellationToken));

    private static async Task<Ok<LicenceView>> Get(string id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ILicenceGrain>(id).Get(CallerClaims.ToCaller(http.User)));

    private static async Task<Ok<LicenceView>> Define(string id, DefineLicenceRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ILicenceGrain>(id).Define(CallerContext.For(http, request), request.ToCommand()));

    private static async Task<Ok<LicenceView>> Assign(string id, AssignLicenceRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ILicenceGrain>(id).Assign(CallerContext.For(http, request), request.Assignee ?? ""));

    private static async Task<Ok<LicenceView>> Unassign(string id, string assignee, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ILicenceGrain>(id).Unassign(CallerContext.For(http), assignee));

    private static async Task<Ok<IReadOnlyList<BoardNotice>>> Notices(INoticeReadModel notices, CancellationToken cancellationToken) =>
        TypedResults.Ok(await notices.ListActive(cancellationToken));
}
