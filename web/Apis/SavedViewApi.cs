using ItsmOrleans.Contracts.Views;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// Saved views under /api/views: searches kept under a name by their owner, optionally shared with the owner's groups.
/// Changes and deletions need the view's ETag in If-Match (428 without it, 409 when stale).
/// </summary>
public static class SavedViewApi
{
    public static IEndpointRouteBuilder MapSavedViewApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/views").WithTags("Saved views").RequireAuthorization(ItsmPolicies.ReadIncidents);
        api.MapGet("/", List).WithName("ListSavedViews").WithSummary("My saved views, then those shared with my groups");
        api.MapGet("/{id:guid}", Get).WithName("GetSavedView");
        api.MapPost("/", Create).WithName("CreateSavedView").WithSummary("Save a search under a name (Idempotency-Key makes a retry safe)");
        api.MapPut("/{id:guid}", Update).WithName("UpdateSavedView").WithSummary("Change one of my views (If-Match required)");
        api.MapDelete("/{id:guid}", Delete).WithName("DeleteSavedView").WithSummary("Delete one of my views (If-Match required)");
        api.ProducesCommandProblems()
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SavedView>>> List(HttpContext http, ISavedViewReadModel views, CancellationToken cancellationToken) =>
        TypedResults.Ok(await views.Visible(CallerClaims.ToCaller(http.User), cancellationToken));

    private static async Task<Ok<SavedView>> Get(Guid id, HttpContext http, ISavedViewReadModel views, CancellationToken cancellationToken) =>
        TypedResults.Ok(Tagged(http, (await views.Visible(CallerClaims.ToCaller(http.User), cancellationToken)).FirstOrDefault(v => v.Id == id)
            ?? throw new NotFoundException($"There is no saved view '{id}' you may see.")));

    private static async Task<Created<SavedView>> Create(SavedViewRequest request, HttpContext http, IGrainFactory grains)
    {
        var context = CallerContext.For(http);
        var view = await Views(grains, context).Create(context, request.ToDefinition(context.Caller));
        return TypedResults.Created($"/api/views/{view.Id}", Tagged(http, view));
    }

    private static async Task<Results<Ok<SavedView>, ProblemHttpResult>> Update(Guid id, SavedViewRequest request, HttpContext http, IGrainFactory grains)
    {
        var context = CallerContext.For(http, request);
        if (context.ExpectedVersion is null)
        {
            return VersionRequired();
        }

        return TypedResults.Ok(Tagged(http, await Views(grains, context).Update(context, id, request.ToDefinition(context.Caller))));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, IGrainFactory grains)
    {
        var context = CallerContext.For(http);
        if (context.ExpectedVersion is null)
        {
            return VersionRequired();
        }

        await Views(grains, context).Delete(context, id);
        return TypedResults.NoContent();
    }

    private static ISavedViewsGrain Views(IGrainFactory grains, CommandContext context) => grains.GetGrain<ISavedViewsGrain>(context.Actor);

    private static ProblemHttpResult VersionRequired() => TypedResults.Problem(
        statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
        detail: "Send the view's ETag in If-Match (or its version in the body), so a change made meanwhile is not overwritten.");

    private static SavedView Tagged(HttpContext http, SavedView view) => http.Tagged(view.Version, view);
}
