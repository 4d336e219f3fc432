using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Numbering;

namespace ItsmOrleans.Web.Apis;

/// <summary>Change requests under /api/changes: lifecycle, CAB votes, the change calendar and caused incidents.</summary>
public static class ChangeApi
{
    public static RouteGroupBuilder MapChangeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/changes").WithTags("Changes");
        api.MapPost("/", Create).WithName("CreateChange").WithSummary("Raise a change request").RequireAuthorization(ItsmPolicies.WorkChanges);
        api.MapGet("/", List).WithName("ListChanges").WithSummary("List changes from the read model, newest first")
            .RequireAuthorization(ItsmPolicies.ReadChanges);
        api.MapGet("/calendar", Calendar).WithName("ChangeCalendar")
            .WithSummary("Changes planned in a range (from, to: ISO 8601 instants) and the freezes that overlap it")
            .RequireAuthorization(ItsmPolicies.ReadChanges);
        api.MapGet("/{id:guid}", Get).WithName("GetChange").RequireAuthorization(ItsmPolicies.ReadChanges);
        api.MapGet(TicketNumberRoutes.For(TicketNumber.ChangePrefix), GetByNumber).WithName("GetChangeByNumber")
            .WithSummary("The change with the number people quote, such as CHG0000007").RequireAuthorization(ItsmPolicies.ReadChanges);
        api.MapPatch("/{id:guid}", Update).WithName("UpdateChange").WithSummary("Edit a change; plans and window only while it is planned")
            .RequireAuthorization(ItsmPolicies.WorkChanges);
        api.MapPost("/{id:guid}/transitions", Move).WithName("MoveChange").RequireAuthorization(ItsmPolicies.WorkChanges);
        api.MapPost("/{id:guid}/votes", Vote).WithName("VoteOnChange").WithSummary("A CAB member approves or rejects the change")
            .RequireAuthorization(ItsmPolicies.ApproveChanges);
        api.MapPost("/{id:guid}/caused-incidents", LinkIncident).WithName("LinkCausedIncident")
            .WithSummary("Record an incident as caused by the change").RequireAuthorization(ItsmPolicies.WorkChanges);
        api.MapGet("/{id:guid}/history", History).WithName("GetChangeHistory").RequireAuthorization(ItsmPolicies.ReadChanges);
        Problems(api);

        var catalog = app.MapGroup("/api/change-catalog").WithTags("Changes");
        catalog.MapGet("/", Catalog).WithName("GetChangeCatalog").WithSummary("Standard-change templates and change freezes")
            .RequireAuthorization(ItsmPolicies.ReadChanges);
        catalog.MapPut("/templates/{templateId}", DefineTemplate).WithName("DefineChangeTemplate").RequireAuthorization(ItsmPolicies.ApproveChanges);
        catalog.MapDelete("/templates/{templateId}", RemoveTemplate).WithName("RemoveChangeTemplate").RequireAuthorization(ItsmPolicies.ApproveChanges);
        catalog.MapPut("/freezes/{freezeId}", DefineFreeze).WithName("DefineChangeFreeze").RequireAuthorization(ItsmPolicies.ApproveChanges);
        catalog.MapDelete("/freezes/{freezeId}", RemoveFreeze).WithName("RemoveChangeFreeze").RequireAuthorization(ItsmPolicies.ApproveChanges);
        Problems(catalog);
        return api;
    }

    private static async Task<Created<ChangeView>> Create(CreateChangeRequest request, HttpContext http, IGrainFactory grains)
    {
        var context = CallerContext.For(http);
        var command = request.ToCommand();
        var id = IncidentIds.ForCreate(context.Actor, context.RequestId, "change");
        var view = await grains.GetGrain<IChangeGrain>(id).Create(context, command);
        return TypedResults.Created($"/api/changes/{view.Id}", Tagged(http, view));
    }

    private static async Task<Results<Ok<ChangePage>, CsvResult>> List(HttpContext http, IChangeReadModel changes, CancellationToken cancellationToken)
    {
        var query = ChangeListRequest.ParseList(http.Request.Query);
        if (CsvFormat.IsRequested(http.Request))
        {
            return ListCsv.Changes.Paged(http, "changes.csv", async (after, ct) =>
            {
                var page = await changes.Query(query with { Limit = ChangeListRequest.MaxLimit, After = after ?? query.After }, ct);
                return (page.Items, page.NextCursor);
            });
        }

        return TypedResults.Ok(await changes.Query(query, cancellationToken));
    }

    private static async Task<Ok<ChangeCalendarView>> Calendar(HttpContext http, IChangeReadModel changes, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (from, to, service) = ChangeListRequest.ParseCalendar(http.Request.Query);
        var rows = await changes.Calendar(from, to, service, ChangeListRequest.CalendarLimit + 1, cancellationToken);
        var freezes = (await grains.GetGrain<IChangeCatalogGrain>(0).Get()).Freezes
            .Where(f => f.Start < to && from < f.End && (service is null || f.Covers(service)))
            .ToList();
        return TypedResults.Ok(new ChangeCalendarView(from, to, [.. rows.Take(ChangeListRequest.CalendarLimit)], freezes, rows.Count > ChangeListRequest.CalendarLimit));
    }

    private static async Task<Ok<ChangeView>> Get(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IChangeGrain>(id).Get(CallerClaims.ToCaller(http.User))));

    private static Task<Ok<ChangeView>> GetByNumber(string number, HttpContext http, IGrainFactory grains, ITicketNumberLookup numbers) =>
        TicketNumberRoutes.Read(numbers, number, "change", id => Get(id, http, grains), http.RequestAborted);

    private static async Task<Ok<ChangeView>> Update(Guid id, UpdateChangeRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IChangeGrain>(id).Update(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<ChangeView>> Move(Guid id, MoveChangeRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IChangeGrain>(id).Move(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<ChangeView>> Vote(Guid id, VoteOnChangeRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IChangeGrain>(id).Vote(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<ChangeView>> LinkIncident(Guid id, LinkIncidentRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IChangeGrain>(id).LinkCausedIncident(CallerContext.For(http), request.ToIncidentId())));

    private static async Task<Ok<IReadOnlyList<ChangeHistoryEntry>>> History(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IChangeGrain>(id).GetHistory(CallerClaims.ToCaller(http.User)));

    private static async Task<Ok<ChangeCatalogView>> Catalog(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IChangeCatalogGrain>(0).Get()));

    private static async Task<Ok<ChangeCatalogView>> DefineTemplate(string templateId, ChangeTemplateRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IChangeCatalogGrain>(0).DefineTemplate(CallerContext.For(http, request), request.ToTemplate(templateId))));

    private static async Task<Ok<ChangeCatalogView>> RemoveTemplate(string templateId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IChangeCatalogGrain>(0).RemoveTemplate(CallerContext.For(http), templateId)));

    private static async Task<Ok<ChangeCatalogView>> DefineFreeze(string freezeId, FreezePeriodRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IChangeCatalogGrain>(0).DefineFreeze(CallerContext.For(http, request), request.ToFreeze(freezeId))));

    private static async Task<Ok<ChangeCatalogView>> RemoveFreeze(string freezeId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IChangeCatalogGrain>(0).RemoveFreeze(CallerContext.For(http), freezeId)));

    private static void Problems(RouteGroupBuilder group) =>
        group.ProducesCommandProblems()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static ChangeView Tagged(HttpContext http, ChangeView view) => http.Tagged(view.Version, view);

    private static ChangeCatalogView Tagged(HttpContext http, ChangeCatalogView view) => http.Tagged(view.Version, view);
}
