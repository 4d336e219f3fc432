using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Domain.Continuity;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Web.Apis;

/// <summary>Service continuity: each service's business impact analysis, the recovery objectives its dependents hand down, and the continuity plans.</summary>
public static class ContinuityApi
{
    private const int MaxReportedPlans = 10_000;

    public static IEndpointRouteBuilder MapContinuityApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/continuity/services", Services).WithTags("Continuity").WithName("ListServiceContinuity")
            .WithSummary("Every service with its business impact analysis and the RTO and RPO the services depending on it need (and whether its own fall short)")
            .RequireAuthorization(ItsmPolicies.ReadContinuity);

        app.MapGet("/api/continuity/report", Report).WithTags("Continuity").WithName("GetContinuityReport")
            .WithSummary("Services no approved plan covers, plans due for review or exercise, and recoveries against their RTO")
            .RequireAuthorization(ItsmPolicies.ReadContinuity);

        var impact = app.MapGroup("/api/services/{id}/business-impact").WithTags("Continuity");
        impact.MapGet("/", Get).WithName("GetBusinessImpact").RequireAuthorization(ItsmPolicies.ReadContinuity);
        impact.MapPut("/", Set).WithName("SetBusinessImpact")
            .WithSummary("Replace the service's recovery objectives, impact over time and vital business functions; If-Match or \"version\" guards against overwriting")
            .RequireAuthorization(ItsmPolicies.KeepContinuity);
        impact.ProducesCommandProblems();

        var plans = app.MapGroup("/api/continuity/plans").WithTags("Continuity");
        plans.MapPost("/", RecordPlan).WithName("RecordContinuityPlan").WithSummary("Record a continuity plan as a draft").RequireAuthorization(ItsmPolicies.KeepContinuity);
        plans.MapGet("/", ListPlans).WithName("ListContinuityPlans").WithSummary("Plans by number; ?status=, ?serviceId=, ?after=, ?limit=")
            .RequireAuthorization(ItsmPolicies.ReadContinuity);
        plans.MapGet("/{id:guid}", GetPlan).WithName("GetContinuityPlan").RequireAuthorization(ItsmPolicies.ReadContinuity);
        plans.MapGet(TicketNumberRoutes.For(TicketNumber.ContinuityPlanPrefix), GetPlanByNumber).WithName("GetContinuityPlanByNumber")
            .WithSummary("The plan with the number people quote, such as BCP0000007").RequireAuthorization(ItsmPolicies.ReadContinuity);
        plans.MapGet("/{id:guid}/history", PlanHistory).WithName("GetContinuityPlanHistory").RequireAuthorization(ItsmPolicies.ReadContinuity);
        plans.MapPut("/{id:guid}", RevisePlan).WithName("ReviseContinuityPlan")
            .WithSummary("Replace what the plan says; an approved plan becomes a draft to approve again").RequireAuthorization(ItsmPolicies.KeepContinuity);
        plans.MapPost("/{id:guid}/transitions", MovePlan).WithName("MoveContinuityPlan")
            .WithSummary("Approve, retire or reinstate the plan").RequireAuthorization(ItsmPolicies.KeepContinuity);
        plans.MapPost("/{id:guid}/invocations", Invoke).WithName("InvokeContinuityPlan")
            .WithSummary("Invoke the approved plan, from a major incident when there is one: its recovery is timed against the tightest RTO of its services")
            .RequireAuthorization(ItsmPolicies.ReadContinuity);
        plans.MapPost("/{id:guid}/invocation/steps/{step:int}", CompleteStep).WithName("CompleteContinuityStep")
            .WithSummary("Check off a recovery step (numbered from 1) of the invocation under way").RequireAuthorization(ItsmPolicies.ReadContinuity);
        plans.MapPost("/{id:guid}/invocation/end", EndInvocation).WithName("EndContinuityInvocation")
            .WithSummary("End the invocation under way: recovered (timed against the RTO) or stood down (saying why)").RequireAuthorization(ItsmPolicies.ReadContinuity);
        plans.ProducesCommandProblems();
        return app;
    }

    private static async Task<Created<ContinuityPlanView>> RecordPlan(PlanRequest request, HttpContext http, IGrainFactory grains)
    {
        var context = CallerContext.For(http);
        var content = request.ToContent();
        var view = await grains.GetGrain<IContinuityPlanGrain>(IncidentIds.ForCreate(context.Actor, context.RequestId, "continuity-plan")).Record(context, content);
        return TypedResults.Created($"/api/continuity/plans/{view.Id}", Tagged(http, view));
    }

    private static async Task<Ok<IReadOnlyList<ContinuityPlanView>>> ListPlans(HttpContext http, IPlanReadModel plans, CancellationToken cancellationToken) =>
        TypedResults.Ok(await plans.List(PlanListRequest.Parse(http.Request.Query), cancellationToken));

    private static async Task<Ok<ContinuityPlanView>> GetPlan(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IContinuityPlanGrain>(id).Get(CallerClaims.ToCaller(http.User))));

    private static Task<Ok<ContinuityPlanView>> GetPlanByNumber(string number, HttpContext http, IGrainFactory grains, ITicketNumberLookup numbers) =>
        TicketNumberRoutes.Read(numbers, number, "continuity plan", id => GetPlan(id, http, grains), http.RequestAborted);

    private static async Task<Ok<IReadOnlyList<PlanHistoryEntry>>> PlanHistory(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IContinuityPlanGrain>(id).GetHistory(CallerClaims.ToCaller(http.User)));

    private static async Task<Ok<ContinuityPlanView>> RevisePlan(Guid id, PlanRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IContinuityPlanGrain>(id).Revise(CallerContext.For(http, request), request.ToContent())));

    private static async Task<Ok<ContinuityPlanView>> MovePlan(Guid id, MovePlanRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IContinuityPlanGrain>(id).Move(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<ContinuityPlanView>> Invoke(Guid id, InvokePlanRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IContinuityPlanGrain>(id).Invoke(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<ContinuityPlanView>> CompleteStep(Guid id, int step, CompleteStepRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IContinuityPlanGrain>(id).CompleteStep(CallerContext.For(http, request), new CompleteStep(step, request.Note))));

    private static async Task<Ok<ContinuityPlanView>> EndInvocation(Guid id, EndInvocationRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IContinuityPlanGrain>(id).EndInvocation(CallerContext.For(http, request), request.ToCommand())));

    private static ContinuityPlanView Tagged(HttpContext http, ContinuityPlanView view) => http.Tagged(view.Version, view);

    private static async Task<Ok<IReadOnlyList<ServiceContinuityRow>>> Services(IServiceReadModel services, IBusinessImpactReadModel impacts, CancellationToken cancellationToken)
    {
        var portfolio = await services.ListAll(cancellationToken);
        var analyses = (await impacts.ListAll(cancellationToken)).ToDictionary(i => i.ServiceId, StringComparer.Ordinal);
        var graph = new DependencyGraph(portfolio.ToDictionary(s => s.Id, s => s.DependsOn.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
        var checks = ObjectiveInheritance.Check(portfolio.ToDictionary(s => s.Id, s => analyses.GetValueOrDefault(s.Id)?.Impact.Objectives, StringComparer.Ordinal), graph)
            .ToDictionary(c => c.ServiceId, StringComparer.Ordinal);
        return TypedResults.Ok<IReadOnlyList<ServiceContinuityRow>>([.. portfolio.Select(s => new ServiceContinuityRow(
            s.Id, s.Name, s.Kind, s.Criticality, analyses.GetValueOrDefault(s.Id) ?? new BusinessImpactView(s.Id, BusinessImpact.None, 0, null, null), checks[s.Id]))]);
    }

    private static async Task<Ok<ContinuityReport>> Report(IServiceReadModel services, IPlanReadModel plans, TimeProvider time, CancellationToken cancellationToken)
    {
        var portfolio = await services.ListAll(cancellationToken);
        var all = await plans.List(new PlanQuery(Limit: MaxReportedPlans), cancellationToken);
        return TypedResults.Ok(ContinuityReporting.Build(portfolio.Select(s => (s.Id, s.Name)), all, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));
    }

    private static async Task<Ok<BusinessImpactView>> Get(string id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IBusinessImpactGrain>(id).Get(CallerClaims.ToCaller(http.User))));

    private static async Task<Ok<BusinessImpactView>> Set(string id, BusinessImpactRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IBusinessImpactGrain>(id).Set(CallerContext.For(http, request), request.ToImpact())));

    private static BusinessImpactView Tagged(HttpContext http, BusinessImpactView view) => http.Tagged(view.Version, view);
}
