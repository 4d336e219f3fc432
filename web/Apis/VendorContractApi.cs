using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Vendors;

namespace ItsmOrleans.Web.Apis;

/// <summary>Third-party contracts under /api/vendor-contracts, and the ones underpinning an incident's service.</summary>
public static class VendorContractApi
{
    public static IEndpointRouteBuilder MapVendorContractApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/vendor-contracts").WithTags("Vendor contracts");
        api.MapGet("/", List).WithName("ListVendorContracts").RequireAuthorization(ItsmPolicies.WatchBoards);
        api.MapGet("/{id}", Get).WithName("GetVendorContract").RequireAuthorization(ItsmPolicies.WatchBoards);
        api.MapPut("/{id}", Define).WithName("DefineVendorContract").WithSummary("Create or change a contract: vendor, services covered, targets, dates, renewal notice")
            .RequireAuthorization(ItsmPolicies.Administer);
        api.ProducesCommandProblems();
        app.MapGet("/api/incidents/{id:guid}/underpinning-contracts", ForIncident).WithTags("Vendor contracts").WithName("GetUnderpinningContracts")
            .WithSummary("The vendor contracts covering the incident's service, with their response and resolution targets")
            .RequireAuthorization(ItsmPolicies.WorkIncidents);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<VendorContractView>>, CsvResult>> List(HttpContext http, IVendorContractReadModel contracts, CancellationToken cancellationToken) =>
        CsvFormat.IsRequested(http.Request)
            ? ListCsv.VendorContracts.Complete(http, "vendor-contracts.csv", await contracts.List(cancellationToken))
            : TypedResults.Ok(await contracts.List(cancellationToken));

    private static async Task<Ok<VendorContractView>> Get(string id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IVendorContractGrain>(id).Get(CallerClaims.ToCaller(http.User)));

    private static async Task<Ok<VendorContractView>> Define(string id, VendorContractRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IVendorContractGrain>(id).Define(CallerContext.For(http, request), request.ToDefinition()));

    private static async Task<Ok<IReadOnlyList<VendorContractView>>> ForIncident(
        Guid id, HttpContext http, IGrainFactory grains, IVendorContractReadModel contracts, CancellationToken cancellationToken)
    {
        var incident = await grains.GetGrain<IIncidentGrain>(id).Get(CallerClaims.ToCaller(http.User));
        return TypedResults.Ok(incident.ServiceId is { } service ? await contracts.Covering(service, cancellationToken) : []);
    }
}
