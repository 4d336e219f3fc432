using System.Globalization;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Hosting.ReadModel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ItsmOrleans.Web.Apis;

/// <summary>The incident endpoints under /api/incidents. Every mutation returns the incident and its version as an ETag.</summary>
public static class IncidentApi
{
    public static RouteGroupBuilder MapIncidentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/incidents").WithTags("Incidents");
        api.MapPost("/", Create).WithName("CreateIncident").WithSummary("Raise an incident");
        api.MapGet("/", List).WithName("ListIncidents").WithSummary("List incidents from the read model, newest first");
        api.MapGet("/{id:guid}", Get).WithName("GetIncident");
        api.MapPatch("/{id:guid}", Update).WithName("UpdateIncident").WithSummary("Change title, description, impact, urgency or service");
        api.MapPost("/{id:guid}/assignment", Assign).WithName("AssignIncident");
        api.MapPost("/{id:guid}/transitions", ChangeStatus).WithName("ChangeIncidentStatus");
        api.MapPost("/{id:guid}/comments", AddComment).WithName("AddIncidentComment");
        api.MapGet("/{id:guid}/comments", Comments).WithName("ListIncidentComments");
        api.MapGet("/{id:guid}/history", History).WithName("GetIncidentHistory");
        api.ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    private static async Task<Created<IncidentView>> Create(CreateIncidentRequest request, HttpContext http, IGrainFactory grains)
    {
        var command = request.ToCommand();
        var context = CallerContext.For(http);
        var id = IncidentIds.ForCreate(context.Actor, context.RequestId);
        var view = await grains.GetGrain<IIncidentGrain>(id).Create(context, command);
        return TypedResults.Created($"/api/incidents/{view.Id}", Tagged(http, view));
    }

    private static async Task<Ok<IncidentPage>> List(HttpContext http, IIncidentReadModel readModel, CancellationToken cancellationToken) =>
        TypedResults.Ok(await readModel.Query(IncidentListRequest.Parse(http.Request.Query), cancellationToken));

    private static async Task<Ok<IncidentView>> Get(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IIncidentGrain>(id).Get()));

    private static async Task<Ok<IncidentView>> Update(Guid id, UpdateIncidentRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IIncidentGrain>(id).UpdateDetails(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<IncidentView>> Assign(Guid id, AssignIncidentRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IIncidentGrain>(id).Assign(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<IncidentView>> ChangeStatus(Guid id, ChangeStatusRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IIncidentGrain>(id).ChangeStatus(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Created<IncidentView>> AddComment(Guid id, AddCommentRequest request, HttpContext http, IGrainFactory grains)
    {
        var view = await grains.GetGrain<IIncidentGrain>(id).AddComment(CallerContext.For(http, request), request.ToCommand());
        return TypedResults.Created($"/api/incidents/{id}/comments", Tagged(http, view));
    }

    private static async Task<Ok<IReadOnlyList<Comment>>> Comments(Guid id, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IIncidentGrain>(id).GetComments());

    private static async Task<Ok<IReadOnlyList<HistoryEntry>>> History(Guid id, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IIncidentGrain>(id).GetHistory());

    private static IncidentView Tagged(HttpContext http, IncidentView view)
    {
        http.Response.Headers.ETag = $"\"{view.Version.ToString(CultureInfo.InvariantCulture)}\"";
        return view;
    }
}
