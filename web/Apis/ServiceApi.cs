using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Web.Apis;

/// <summary>The service portfolio under /api/services: definitions, dependencies and live health.</summary>
public static class ServiceApi
{
    public static RouteGroupBuilder MapServiceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/services").WithTags("Services");
        api.MapGet("/", List).WithName("ListServices").WithSummary("Every service with its live health, from the read model")
            .RequireAuthorization(ItsmPolicies.SignedIn);
        api.MapGet("/{id}", Get).WithName("GetService").RequireAuthorization(ItsmPolicies.SignedIn);
        api.MapPut("/{id}", Define).WithName("DefineService").WithSummary("Create or redefine a service")
            .RequireAuthorization(ItsmPolicies.Administer);
        api.MapPut("/{id}/maintenance-windows", SetMaintenance).WithName("SetServiceMaintenanceWindows")
            .WithSummary("Replace the service's weekly and one-off maintenance windows")
            .RequireAuthorization(ItsmPolicies.Administer);
        api.MapPut("/{id}/dependencies/{dependsOn}", AddDependency).WithName("AddServiceDependency")
            .WithSummary("Make the service depend on another; a dependency that would close a cycle is refused")
            .RequireAuthorization(ItsmPolicies.Administer);
        api.MapDelete("/{id}/dependencies/{dependsOn}", RemoveDependency).WithName("RemoveServiceDependency")
            .RequireAuthorization(ItsmPolicies.Administer);
        api.ProducesCommandProblems();
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<ServiceSummary>>, CsvResult>> List(HttpContext http, IServiceReadModel services, CancellationToken cancellationToken) =>
        CsvFormat.IsRequested(http.Request)
            ? ListCsv.Services.Complete(http, "services.csv", await services.ListAll(cancellationToken))
            : TypedResults.Ok(ContinuityInHealth.For(http.User, await services.ListAll(cancellationToken)));

    private static async Task<Ok<ServiceView>> Get(string id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(ContinuityInHealth.For(http.User, await grains.GetGrain<IServiceGrain>(ValidId(id)).Get()));

    private static async Task<Ok<ServiceView>> Define(string id, DefineServiceRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IServiceGrain>(ValidId(id)).Define(CallerContext.For(http, request), request.ToCommand()));

    private static async Task<Ok<ServiceView>> SetMaintenance(string id, MaintenanceWindowsRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IServiceGrain>(ValidId(id)).SetMaintenance(CallerContext.For(http, request), request.ToSchedule()));

    private static async Task<Ok<ServiceView>> AddDependency(string id, string dependsOn, HttpContext http, IGrainFactory grains)
    {
        await grains.GetGrain<IServiceCatalogGrain>(0).AddDependency(CallerContext.For(http), ValidId(id), ValidId(dependsOn, "dependsOn"));
        return TypedResults.Ok(await grains.GetGrain<IServiceGrain>(id).Get());
    }

    private static async Task<Ok<ServiceView>> RemoveDependency(string id, string dependsOn, HttpContext http, IGrainFactory grains)
    {
        await grains.GetGrain<IServiceCatalogGrain>(0).RemoveDependency(CallerContext.For(http), ValidId(id), ValidId(dependsOn, "dependsOn"));
        return TypedResults.Ok(await grains.GetGrain<IServiceGrain>(id).Get());
    }

    private static string ValidId(string id, string field = "id")
    {
        var errors = new FieldErrors();
        ServiceRules.ValidateId(errors, id);
        if (errors.Any)
        {
            var renamed = new FieldErrors();
            renamed.Add(field, $"'{field}' is a service id: lower-case letters, digits and dashes, at most {ServiceRules.MaxIdLength} characters.");
            renamed.ThrowIfAny();
        }

        return id;
    }
}
