using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Web.Import;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// CSV import of tickets and services (administrators). Every row is checked with the rules of that kind's create API;
/// <c>dryRun=true</c> reports every row that would be rejected and why and writes nothing. A real run imports the valid
/// rows, each under an idempotency key (its externalId, or a hash of its content), so importing a file again adds nothing.
/// </summary>
public static class ImportApi
{
    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        // The body is checked to be text/csv by the handlers rather than declared with Accepts: routing would answer a
        // wrong content type with 415 before authorization, telling a caller without the right an endpoint's rules.
        var api = app.MapGroup("/api/import").WithTags("Import and export").RequireAuthorization(ItsmPolicies.Administer);
        api.MapGet("/kinds", () => TypedResults.Ok(ImportKind.All)).WithName("ListImportKinds")
            .WithSummary("The kinds a CSV file can import and the columns of each");
        api.MapPost("/incidents", (bool? dryRun, HttpContext http, IGrainFactory grains, ISlaPolicyCatalog policies) =>
                TicketCsvImport.Run(http, dryRun == true, new IncidentCsvImport(grains, policies)))
            .WithName("ImportIncidents").WithSummary("Import incidents from CSV; dryRun=true reports the rows it would reject and writes nothing");
        api.MapPost("/problems", (bool? dryRun, HttpContext http, IGrainFactory grains) =>
                TicketCsvImport.Run(http, dryRun == true, new ProblemCsvImport(grains)))
            .WithName("ImportProblems").WithSummary("Import problems from CSV; dryRun=true reports the rows it would reject and writes nothing");
        api.MapPost("/risks", (bool? dryRun, HttpContext http, IGrainFactory grains) =>
                TicketCsvImport.Run(http, dryRun == true, new RiskCsvImport(grains)))
            .WithName("ImportRisks").WithSummary("Record risks from CSV; dryRun=true reports the rows it would reject and writes nothing");
        api.MapPost("/continuity-plans", (bool? dryRun, HttpContext http, IGrainFactory grains) =>
                TicketCsvImport.Run(http, dryRun == true, new PlanCsvImport(grains)))
            .WithName("ImportContinuityPlans").WithSummary("Record continuity plans (as drafts) from CSV; dryRun=true reports the rows it would reject and writes nothing");
        api.MapPost("/changes", (bool? dryRun, HttpContext http, IGrainFactory grains) =>
                TicketCsvImport.Run(http, dryRun == true, new ChangeCsvImport(grains)))
            .WithName("ImportChanges").WithSummary("Import change requests from CSV; dryRun=true reports the rows it would reject and writes nothing");
        api.MapPost("/service-requests", (bool? dryRun, HttpContext http, IGrainFactory grains) =>
                TicketCsvImport.Run(http, dryRun == true, new ServiceRequestCsvImport(grains)))
            .WithName("ImportServiceRequests").WithSummary("Submit service requests from CSV; dryRun=true reports the rows it would reject and writes nothing");
        api.MapPost("/services", (bool? dryRun, HttpContext http, IGrainFactory grains, ISlaPolicyCatalog policies) =>
                ServiceCsvImport.Run(http, dryRun == true, grains, policies))
            .WithName("ImportServices").WithSummary("Define services from CSV (one per id); dryRun=true reports the rows it would reject and writes nothing");
        api.ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }
}
