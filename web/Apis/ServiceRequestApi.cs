using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.ServiceRequests;

namespace ItsmOrleans.Web.Apis;

/// <summary>The request catalogue under /api/catalog and service requests under /api/requests.</summary>
public static class ServiceRequestApi
{
    public const int MaxList = 200;

    public static IEndpointRouteBuilder MapServiceRequestApi(this IEndpointRouteBuilder app)
    {
        var catalog = app.MapGroup("/api/catalog").WithTags("Service requests");
        catalog.MapGet("/", Catalog).WithName("ListCatalogItems").RequireAuthorization(ItsmPolicies.SignedIn);
        catalog.MapPut("/{id}", DefineItem).WithName("DefineCatalogItem")
            .WithSummary("Create or change an item; a version (or If-Match) older than the item is refused with 409, version 0 creates only").RequireAuthorization(ItsmPolicies.Administer);
        catalog.MapDelete("/{id}", RemoveItem).WithName("RemoveCatalogItem").RequireAuthorization(ItsmPolicies.Administer);
        Problems(catalog);

        var requests = app.MapGroup("/api/requests").WithTags("Service requests");
        requests.MapPost("/", Submit).WithName("SubmitServiceRequest").RequireAuthorization(ItsmPolicies.RaiseIncidents);
        requests.MapGet("/", List).WithName("ListServiceRequests").WithSummary("Newest first; requesters see their own")
            .RequireAuthorization(ItsmPolicies.SignedIn);
        requests.MapGet("/tasks", OpenTasks).WithName("ListFulfilmentTasks")
            .WithSummary("The fulfilment queue: open tasks, oldest request first; ?assignmentGroup= and ?assignee= narrow it")
            .RequireAuthorization(ItsmPolicies.WorkIncidents);
        requests.MapGet("/{id:guid}", Get).WithName("GetServiceRequest").RequireAuthorization(ItsmPolicies.SignedIn);
        requests.MapGet(TicketNumberRoutes.For(TicketNumber.ServiceRequestPrefix), GetByNumber).WithName("GetServiceRequestByNumber")
            .WithSummary("The service request with the number people quote, such as REQ0000007").RequireAuthorization(ItsmPolicies.SignedIn);
        requests.MapPost("/{id:guid}/approvals", Decide).WithName("DecideServiceRequest").WithSummary("An approver approves or rejects")
            .RequireAuthorization(ItsmPolicies.SignedIn);
        requests.MapPost("/{id:guid}/tasks/{task:int}/assignment", AssignTask).WithName("AssignFulfilmentTask").RequireAuthorization(ItsmPolicies.WorkIncidents);
        requests.MapPost("/{id:guid}/tasks/{task:int}/completion", CompleteTask).WithName("CompleteFulfilmentTask").RequireAuthorization(ItsmPolicies.WorkIncidents);
        requests.MapPost("/{id:guid}/transitions", Move).WithName("MoveServiceRequest").RequireAuthorization(ItsmPolicies.WorkIncidents);
        Problems(requests);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<CatalogItem>>> Catalog(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IRequestCatalogGrain>(0).List());

    private static async Task<Ok<CatalogItem>> DefineItem(string id, CatalogItemRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IRequestCatalogGrain>(0).Define(CallerContext.For(http, request), request.ToItem(id)));

    private static async Task<NoContent> RemoveItem(string id, HttpContext http, IGrainFactory grains)
    {
        await grains.GetGrain<IRequestCatalogGrain>(0).Remove(CallerContext.For(http), id);
        return TypedResults.NoContent();
    }

    private static async Task<Created<ServiceRequestView>> Submit(SubmitRequestRequest request, HttpContext http, IGrainFactory grains)
    {
        var context = CallerContext.For(http);
        var view = await grains.GetGrain<IServiceRequestGrain>(IncidentIds.ForCreate(context.Actor, context.RequestId, "request")).Submit(context, request.ToCommand());
        return TypedResults.Created($"/api/requests/{view.Id}", Tagged(http, view));
    }

    private static async Task<Results<Ok<IReadOnlyList<ServiceRequestSummary>>, CsvResult>> List(HttpContext http, IServiceRequestReadModel requests, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.ToCaller(http.User);
        var onlyOwn = caller.Roles.All(r => r == Role.Requester) ? caller.Name : null;
        return CsvFormat.IsRequested(http.Request)
            ? ListCsv.ServiceRequests.Complete(http, "service-requests.csv", await requests.List(onlyOwn, CsvRowLimit.MaxRows + 1, cancellationToken))
            : TypedResults.Ok(await requests.List(onlyOwn, MaxList, cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<FulfilmentTaskRow>>> OpenTasks(
        string? assignmentGroup, string? assignee, IServiceRequestReadModel requests, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Text("assignmentGroup", assignmentGroup, TextLimits.Name, required: false);
        errors.Text("assignee", assignee, TextLimits.Name, required: false);
        errors.ThrowIfAny();
        return TypedResults.Ok(await requests.OpenTasks(Blank(assignmentGroup), Blank(assignee), MaxList, cancellationToken));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static async Task<Ok<ServiceRequestView>> Get(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IServiceRequestGrain>(id).Get(CallerClaims.ToCaller(http.User))));

    private static Task<Ok<ServiceRequestView>> GetByNumber(string number, HttpContext http, IGrainFactory grains, ITicketNumberLookup numbers) =>
        TicketNumberRoutes.Read(numbers, number, "service request", id => Get(id, http, grains), http.RequestAborted);

    private static async Task<Ok<ServiceRequestView>> Decide(Guid id, DecisionRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IServiceRequestGrain>(id).Decide(CallerContext.For(http, request), request.Approves(), request.Comment)));

    private static async Task<Ok<ServiceRequestView>> AssignTask(Guid id, int task, TaskAssignmentRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IServiceRequestGrain>(id).AssignTask(CallerContext.For(http, request), task, request.Assignee ?? "")));

    private static async Task<Ok<ServiceRequestView>> CompleteTask(Guid id, int task, TaskCompletionRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IServiceRequestGrain>(id).CompleteTask(CallerContext.For(http, request), task, request.CheckedNotes())));

    private static async Task<Ok<ServiceRequestView>> Move(Guid id, RequestTransitionRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IServiceRequestGrain>(id).Move(CallerContext.For(http, request), request.ToStatus(), request.Notes)));

    private static void Problems(RouteGroupBuilder group) =>
        group.ProducesCommandProblems();

    private static ServiceRequestView Tagged(HttpContext http, ServiceRequestView view) => http.Tagged(view.Version, view);
}
