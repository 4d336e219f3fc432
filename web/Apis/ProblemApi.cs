using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Web.Apis;

/// <summary>Problems, known errors and problem suggestions.</summary>
public static class ProblemApi
{
    public const int MaxList = 200;

    public static IEndpointRouteBuilder MapProblemApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/problems").WithTags("Problems");
        api.MapPost("/", Create).WithName("CreateProblem").RequireAuthorization(ItsmPolicies.WorkProblems);
        api.MapGet("/", List).WithName("ListProblems").WithSummary("Problems newest first, optionally ?status=").RequireAuthorization(ItsmPolicies.ReadProblems);
        api.MapGet("/{id:guid}", Get).WithName("GetProblem").RequireAuthorization(ItsmPolicies.ReadProblems);
        api.MapGet(TicketNumberRoutes.For(TicketNumber.ProblemPrefix), GetByNumber).WithName("GetProblemByNumber")
            .WithSummary("The problem with the number people quote, such as PRB0000007").RequireAuthorization(ItsmPolicies.ReadProblems);
        api.MapGet("/{id:guid}/history", History).WithName("GetProblemHistory").RequireAuthorization(ItsmPolicies.ReadProblems);
        api.MapPatch("/{id:guid}", Update).WithName("UpdateProblem").WithSummary("Edit the problem and its root-cause analysis (symptoms, cause, workaround)")
            .RequireAuthorization(ItsmPolicies.WorkProblems);
        api.MapPost("/{id:guid}/transitions", Move).WithName("MoveProblem").RequireAuthorization(ItsmPolicies.WorkProblems);
        api.MapPut("/{id:guid}/known-error", SetKnownError).WithName("SetKnownError").WithSummary("Publish or withdraw the problem as a known error")
            .RequireAuthorization(ItsmPolicies.WorkProblems);
        api.MapPost("/{id:guid}/incidents", LinkIncident).WithName("LinkProblemIncident").RequireAuthorization(ItsmPolicies.WorkProblems);
        api.MapDelete("/{id:guid}/incidents/{incidentId:guid}", UnlinkIncident).WithName("UnlinkProblemIncident").RequireAuthorization(ItsmPolicies.WorkProblems);
        Problems(api);

        app.MapGet("/api/known-errors", SearchKnownErrors).WithTags("Problems").WithName("SearchKnownErrors")
            .WithSummary("Known errors whose title, symptoms, cause or workaround contain every word of ?q=").RequireAuthorization(ItsmPolicies.ReadProblems);
        app.MapPost("/api/incidents/{id:guid}/known-error", ApplyKnownError).WithTags("Problems").WithName("ApplyKnownError")
            .WithSummary("Link the incident to a known error: it shows the workaround").RequireAuthorization(ItsmPolicies.WorkProblems);

        var suggestions = app.MapGroup("/api/problem-suggestions").WithTags("Problems");
        suggestions.MapGet("/", Suggestions).WithName("ListProblemSuggestions").RequireAuthorization(ItsmPolicies.ReadProblems);
        suggestions.MapPost("/{serviceId}/problem", Convert).WithName("ConvertProblemSuggestion")
            .WithSummary("Open a problem linking the suggestion's incidents").RequireAuthorization(ItsmPolicies.WorkProblems);
        suggestions.MapDelete("/{serviceId}", Dismiss).WithName("DismissProblemSuggestion").RequireAuthorization(ItsmPolicies.WorkProblems);
        Problems(suggestions);
        return app;
    }

    private static async Task<Created<ProblemView>> Create(CreateProblemRequest request, HttpContext http, IGrainFactory grains)
    {
        var context = CallerContext.For(http);
        var command = request.ToCommand();
        var view = await grains.GetGrain<IProblemGrain>(IncidentIds.ForCreate(context.Actor, context.RequestId, "problem")).Create(context, command);
        return TypedResults.Created($"/api/problems/{view.Id}", Tagged(http, view));
    }

    private static async Task<Results<Ok<IReadOnlyList<ProblemSummary>>, CsvResult>> List(HttpContext http, IProblemReadModel problems, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var status = EnumText.Parse<ProblemStatus>(errors, "status", http.Request.Query["status"].ToString(), required: false);
        errors.ThrowIfAny();
        return CsvFormat.IsRequested(http.Request)
            ? ListCsv.Problems.Complete(http, "problems.csv", await problems.List(status, CsvRowLimit.MaxRows + 1, cancellationToken))
            : TypedResults.Ok(await problems.List(status, MaxList, cancellationToken));
    }

    private static async Task<Ok<ProblemView>> Get(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IProblemGrain>(id).Get(CallerClaims.ToCaller(http.User))));

    private static Task<Ok<ProblemView>> GetByNumber(string number, HttpContext http, IGrainFactory grains, ITicketNumberLookup numbers) =>
        TicketNumberRoutes.Read(numbers, number, "problem", id => Get(id, http, grains), http.RequestAborted);

    private static async Task<Ok<IReadOnlyList<ProblemHistoryEntry>>> History(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IProblemGrain>(id).GetHistory(CallerClaims.ToCaller(http.User)));

    private static async Task<Ok<ProblemView>> Update(Guid id, UpdateProblemRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IProblemGrain>(id).Update(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<ProblemView>> Move(Guid id, MoveProblemRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IProblemGrain>(id).Move(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<ProblemView>> SetKnownError(Guid id, KnownErrorRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IProblemGrain>(id).SetKnownError(CallerContext.For(http, request),
            request.KnownError ?? throw Missing("knownError", "'knownError' is true or false."))));

    private static async Task<Ok<ProblemView>> LinkIncident(Guid id, ProblemIncidentRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IProblemGrain>(id).LinkIncident(CallerContext.For(http, request),
            request.IncidentId ?? throw Missing("incidentId", "'incidentId' is the id of the incident to link."))));

    private static async Task<Ok<ProblemView>> UnlinkIncident(Guid id, Guid incidentId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IProblemGrain>(id).UnlinkIncident(CallerContext.For(http), incidentId)));

    private static async Task<Ok<IReadOnlyList<ProblemSummary>>> SearchKnownErrors(HttpContext http, IProblemReadModel problems, CancellationToken cancellationToken)
    {
        var query = http.Request.Query["q"].ToString();
        var errors = new FieldErrors();
        errors.Text("q", query, TextLimits.Title, required: false);
        errors.ThrowIfAny();
        return TypedResults.Ok(await problems.SearchKnownErrors(query, MaxList, cancellationToken));
    }

    private static async Task<Ok<IncidentView>> ApplyKnownError(Guid id, ApplyKnownErrorRequest request, HttpContext http, IGrainFactory grains)
    {
        var problemId = request.ProblemId ?? throw Missing("problemId", "'problemId' is the id of the known error to apply.");
        var context = CallerContext.For(http);
        var problem = grains.GetGrain<IProblemGrain>(problemId);
        if (!(await problem.Get(context.Caller)).KnownError)
        {
            throw Missing("problemId", "That problem is not published as a known error.");
        }

        await problem.LinkIncident(context, id);
        return TypedResults.Ok(await grains.GetGrain<IIncidentGrain>(id).Get(context.Caller));
    }

    private static async Task<Ok<IReadOnlyList<ProblemSuggestion>>> Suggestions(IServiceReadModel services, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ProblemSuggestion>>([.. (await services.ListAll(cancellationToken)).Select(s => s.Suggestion).OfType<ProblemSuggestion>()]);

    private static async Task<Created<ProblemView>> Convert(string serviceId, HttpContext http, IGrainFactory grains)
    {
        var context = CallerContext.For(http);
        var suggestion = await grains.GetGrain<IServiceGrain>(serviceId).ClearSuggestion(context);
        if (suggestion is null)
        {
            throw new Contracts.Common.NotFoundException($"{serviceId} has no problem suggestion.");
        }

        var command = new CreateProblem(
            $"Recurring incidents on {suggestion.ServiceName}",
            $"{suggestion.IncidentIds.Count} incidents since {suggestion.FirstIncidentAt.ToString("u", CultureInfo.InvariantCulture)}: {string.Join(", ", suggestion.IncidentNumbers)}",
            serviceId,
            suggestion.IncidentIds);
        var view = await grains.GetGrain<IProblemGrain>(IncidentIds.ForCreate(context.Actor, context.RequestId, "problem")).Create(context, command);
        return TypedResults.Created($"/api/problems/{view.Id}", Tagged(http, view));
    }

    private static async Task<NoContent> Dismiss(string serviceId, HttpContext http, IGrainFactory grains)
    {
        if (await grains.GetGrain<IServiceGrain>(serviceId).ClearSuggestion(CallerContext.For(http)) is null)
        {
            throw new Contracts.Common.NotFoundException($"{serviceId} has no problem suggestion.");
        }

        return TypedResults.NoContent();
    }

    private static Contracts.Common.DomainValidationException Missing(string field, string message) => new(field, message);

    private static void Problems(RouteGroupBuilder group) =>
        group.ProducesCommandProblems();

    private static ProblemView Tagged(HttpContext http, ProblemView view) => http.Tagged(view.Version, view);
}
