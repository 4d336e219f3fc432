using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Numbering;

namespace ItsmOrleans.Web.Apis;

/// <summary>The incident endpoints under /api/incidents. Every mutation returns the incident and its version as an ETag.</summary>
public static class IncidentApi
{
    public static RouteGroupBuilder MapIncidentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/incidents").WithTags("Incidents");
        api.MapPost("/", Create).WithName("CreateIncident").WithSummary("Raise an incident")
            .RequireAuthorization(ItsmPolicies.RaiseIncidents);
        api.MapGet("/", List).WithName("ListIncidents").WithSummary("List incidents from the read model, newest first")
            .RequireAuthorization(ItsmPolicies.ReadIncidents);
        api.MapGet("/priority-matrix", (Func<IReadOnlyList<PriorityMatrixCell>>)(() => PriorityMatrixCell.All)).WithName("GetPriorityMatrix")
            .WithSummary("The priority each impact and urgency gives an incident").RequireAuthorization(ItsmPolicies.RaiseIncidents);
        api.MapGet("/{id:guid}", Get).WithName("GetIncident").RequireAuthorization(ItsmPolicies.ReadIncidents);
        api.MapGet(TicketNumberRoutes.For(TicketNumber.IncidentPrefix), GetByNumber).WithName("GetIncidentByNumber")
            .WithSummary("The incident with the number people quote, such as INC0000007").RequireAuthorization(ItsmPolicies.ReadIncidents);
        api.MapPatch("/{id:guid}", Update).WithName("UpdateIncident").WithSummary("Change title, description, impact, urgency or service")
            .RequireAuthorization(ItsmPolicies.WorkIncidents);
        api.MapPost("/{id:guid}/assignment", Assign).WithName("AssignIncident").RequireAuthorization(ItsmPolicies.WorkIncidents);
        api.MapPost("/{id:guid}/take", Take).WithName("TakeIncident")
            .WithSummary("Assign to me, unless someone else has it (409 naming them)").RequireAuthorization(ItsmPolicies.WorkIncidents);
        api.MapPost("/{id:guid}/transitions", ChangeStatus).WithName("ChangeIncidentStatus").RequireAuthorization(ItsmPolicies.WorkIncidents);
        api.MapPost("/{id:guid}/confirm", ConfirmResolution).WithName("ConfirmIncidentResolution")
            .WithSummary("The requester confirms a resolved incident is fixed: it closes").RequireAuthorization(ItsmPolicies.AnswerResolutions);
        api.MapPost("/{id:guid}/reopen", Reopen).WithName("ReopenIncident")
            .WithSummary("The requester says a resolved incident is not fixed: back in progress, with their reason").RequireAuthorization(ItsmPolicies.AnswerResolutions);
        api.MapPost("/{id:guid}/comments", AddComment).WithName("AddIncidentComment").RequireAuthorization(ItsmPolicies.CommentOnIncidents);
        api.MapGet("/{id:guid}/comments", Comments).WithName("ListIncidentComments").RequireAuthorization(ItsmPolicies.ReadIncidents);
        api.MapGet("/{id:guid}/history", History).WithName("GetIncidentHistory").RequireAuthorization(ItsmPolicies.ReadIncidents);
        api.ProducesCommandProblems()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    private static async Task<Created<IncidentView>> Create(CreateIncidentRequest request, HttpContext http, IGrainFactory grains)
    {
        var context = CallerContext.For(http);
        var command = request.ToCommand(context.Caller);
        var id = IncidentIds.ForCreate(context.Actor, context.RequestId);
        var view = await grains.GetGrain<IIncidentGrain>(id).Create(context, command);
        return TypedResults.Created($"/api/incidents/{view.Id}", Tagged(http, view));
    }

    private static async Task<Results<Ok<IncidentPage>, CsvResult>> List(HttpContext http, IIncidentReadModel readModel, CancellationToken cancellationToken)
    {
        var query = IncidentListRequest.Parse(http.Request.Query, CallerClaims.ToCaller(http.User));
        if (CsvFormat.IsRequested(http.Request))
        {
            return ListCsv.Incidents.Paged(http, "incidents.csv", async (after, ct) =>
            {
                var page = await readModel.Query(query with { Limit = IncidentListRequest.MaxLimit, After = after ?? query.After }, ct);
                return (page.Items, page.NextCursor);
            });
        }

        return TypedResults.Ok(await readModel.Query(query, cancellationToken));
    }

    private static async Task<Ok<IncidentView>> Get(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IIncidentGrain>(id).Get(CallerClaims.ToCaller(http.User))));

    private static Task<Ok<IncidentView>> GetByNumber(string number, HttpContext http, IGrainFactory grains, ITicketNumberLookup numbers) =>
        TicketNumberRoutes.Read(numbers, number, "incident", id => Get(id, http, grains), http.RequestAborted);

    private static async Task<Ok<IncidentView>> Update(Guid id, UpdateIncidentRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IIncidentGrain>(id).UpdateDetails(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<IncidentView>> Assign(Guid id, AssignIncidentRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IIncidentGrain>(id).Assign(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<IncidentView>> Take(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IIncidentGrain>(id).Take(CallerContext.For(http))));

    private static async Task<Ok<IncidentView>> ChangeStatus(Guid id, ChangeStatusRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IIncidentGrain>(id).ChangeStatus(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<IncidentView>> ConfirmResolution(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IIncidentGrain>(id).ConfirmResolution(CallerContext.For(http))));

    private static async Task<Ok<IncidentView>> Reopen(Guid id, ReopenIncidentRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IIncidentGrain>(id).Reopen(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Created<IncidentView>> AddComment(Guid id, AddCommentRequest request, HttpContext http, IGrainFactory grains)
    {
        var view = await grains.GetGrain<IIncidentGrain>(id).AddComment(CallerContext.For(http, request), request.ToCommand());
        return TypedResults.Created($"/api/incidents/{id}/comments", Tagged(http, view));
    }

    private static async Task<Ok<IReadOnlyList<Comment>>> Comments(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IIncidentGrain>(id).GetComments(CallerClaims.ToCaller(http.User)));

    private static async Task<Ok<IReadOnlyList<HistoryEntry>>> History(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IIncidentGrain>(id).GetHistory(CallerClaims.ToCaller(http.User)));

    private static IncidentView Tagged(HttpContext http, IncidentView view) => http.Tagged(view.Version, view);
}
