using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Domain.Risks;

namespace ItsmOrleans.Web.Apis;

/// <summary>The risk register: risks with their impact, likelihood, treatment and alternatives, the heat map and the scale.</summary>
public static class RiskApi
{
    public static IEndpointRouteBuilder MapRiskApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/risks").WithTags("Risks");
        api.MapPost("/", Record).WithName("RecordRisk").RequireAuthorization(ItsmPolicies.KeepRisks);
        api.MapGet("/", List).WithName("ListRisks")
            .WithSummary("Risks by number; ?status=, ?open=true, ?category=, ?owner=, ?serviceId=, ?band= (at least), ?reviewOverdue=true, ?after=, ?limit=; CSV with ?format=csv")
            .RequireAuthorization(ItsmPolicies.ReadRisks);
        api.MapGet("/heat-map", HeatMap).WithName("GetRiskHeatMap")
            .WithSummary("How many of the selected risks sit at each impact and likelihood (current score); the list's filters apply")
            .RequireAuthorization(ItsmPolicies.ReadRisks);
        api.MapGet("/by-service", ByService).WithName("GetRisksByService")
            .WithSummary("Per service with open, scored risks: how many and the highest current score and its band (the service map's risk colours)")
            .RequireAuthorization(ItsmPolicies.ReadRisks);
        api.MapGet("/scale", Scale).WithName("GetRiskScale").WithSummary("What each impact and likelihood level means, and the score bands")
            .RequireAuthorization(ItsmPolicies.ReadRisks);
        api.MapGet("/{id:guid}", Get).WithName("GetRisk").RequireAuthorization(ItsmPolicies.ReadRisks);
        api.MapGet(TicketNumberRoutes.For(TicketNumber.RiskPrefix), GetByNumber).WithName("GetRiskByNumber")
            .WithSummary("The risk with the number people quote, such as RSK0000007").RequireAuthorization(ItsmPolicies.ReadRisks);
        api.MapGet("/{id:guid}/history", History).WithName("GetRiskHistory").RequireAuthorization(ItsmPolicies.ReadRisks);
        api.MapPatch("/{id:guid}", Update).WithName("UpdateRisk")
            .WithSummary("Edit the risk: its scores, treatment, controls, actions and the alternatives considered").RequireAuthorization(ItsmPolicies.KeepRisks);
        api.MapPost("/{id:guid}/transitions", Move).WithName("MoveRisk").RequireAuthorization(ItsmPolicies.KeepRisks);
        api.ProducesCommandProblems();
        return app;
    }

    private static async Task<Created<RiskView>> Record(RecordRiskRequest request, HttpContext http, IGrainFactory grains)
    {
        var context = CallerContext.For(http);
        var command = request.ToCommand();
        var view = await grains.GetGrain<IRiskGrain>(IncidentIds.ForCreate(context.Actor, context.RequestId, "risk")).Record(context, command);
        return TypedResults.Created($"/api/risks/{view.Id}", Tagged(http, view));
    }

    private static async Task<Results<Ok<IReadOnlyList<RiskView>>, CsvResult>> List(HttpContext http, IRiskReadModel risks, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = Query(http, time);
        return CsvFormat.IsRequested(http.Request)
            ? ListCsv.Risks.Complete(http, "risks.csv", await risks.List(query with { Limit = CsvRowLimit.MaxRows + 1 }, cancellationToken))
            : TypedResults.Ok(await risks.List(query, cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<RiskHeatCell>>> HeatMap(HttpContext http, IRiskReadModel risks, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(await risks.HeatMap(Query(http, time), cancellationToken));

    private static async Task<Ok<IReadOnlyList<ServiceRiskSummary>>> ByService(IRiskReadModel risks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await risks.ByService(cancellationToken));

    private static Ok<RiskScaleView> Scale() =>
        TypedResults.Ok(new RiskScaleView(RiskScale.Impact, RiskScale.Likelihood,
            [.. Enum.GetValues<RiskBand>().Select(b => new RiskBandView(b, RiskScoring.LowestScore(b)))]));

    private static async Task<Ok<RiskView>> Get(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IRiskGrain>(id).Get(CallerClaims.ToCaller(http.User))));

    private static Task<Ok<RiskView>> GetByNumber(string number, HttpContext http, IGrainFactory grains, ITicketNumberLookup numbers) =>
        TicketNumberRoutes.Read(numbers, number, "risk", id => Get(id, http, grains), http.RequestAborted);

    private static async Task<Ok<IReadOnlyList<RiskHistoryEntry>>> History(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IRiskGrain>(id).GetHistory(CallerClaims.ToCaller(http.User)));

    private static async Task<Ok<RiskView>> Update(Guid id, UpdateRiskRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IRiskGrain>(id).Update(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<RiskView>> Move(Guid id, MoveRiskRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await grains.GetGrain<IRiskGrain>(id).Move(CallerContext.For(http, request), request.ToCommand())));

    private static RiskQuery Query(HttpContext http, TimeProvider time) =>
        RiskListRequest.Parse(http.Request.Query, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));

    private static RiskView Tagged(HttpContext http, RiskView view) => http.Tagged(view.Version, view);
}
