using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Domain.Risks;

namespace ItsmOrleans.Web.Apis;

/// <summary>The risk register: risks with their impact, likelihood, treatment and alternatives, the heat map and the scale.</summary>
public static class RiskApi
{
    public const int MaxList = 200;

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

    private static RiskQuery Query(HttpContext http, TimeProvider time)
    {
        var query = http.Request.Query;
        var errors = new FieldErrors();
        var status = EnumText.Parse<RiskStatus>(errors, "status", query["status"].ToString(), required: false);
        var category = EnumText.Parse<RiskCategory>(errors, "category", query["category"].ToString(), required: false);
        var band = EnumText.Parse<RiskBand>(errors, "band", query["band"].ToString(), required: false);
        var open = Flag(errors, "open", query["open"].ToString());
        var overdue = Flag(errors, "reviewOverdue", query["reviewOverdue"].ToString());
        var owner = Text(errors, "owner", query["owner"].ToString());
        var serviceId = Text(errors, "serviceId", query["serviceId"].ToString());
        var after = query["after"].ToString() is { Length: > 0 } text ? TicketNumber.Normalize(text) : null;
        if (query["after"].ToString().Length > 0 && after is null)
        {
            errors.Add("after", "'after' is a risk number such as RSK0000007.");
        }

        var limit = MaxList;
        if (query["limit"].ToString() is { Length: > 0 } limitText && (!int.TryParse(limitText, out limit) || limit is < 1 or > MaxList))
        {
            errors.Add("limit", $"'limit' is a whole number from 1 to {MaxList}.");
        }

        errors.ThrowIfAny();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new RiskQuery(status, open, category, owner, serviceId, band, overdue ? today : null, after, limit);
    }

    private static bool Flag(FieldErrors errors, string field, string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        if (!bool.TryParse(text, out var value))
        {
            errors.Add(field, $"'{field}' is true or false.");
        }

        return value;
    }

    private static string? Text(FieldErrors errors, string field, string text)
    {
        errors.Text(field, text, TextLimits.Name, required: false);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static RiskView Tagged(HttpContext http, RiskView view)
    {
        http.Response.Headers.ETag = $"\"{view.Version.ToString(CultureInfo.InvariantCulture)}\"";
        return view;
    }
}
