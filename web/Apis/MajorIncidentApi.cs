using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Numbering;

namespace ItsmOrleans.Web.Apis;

/// <summary>Major incidents under /api/major-incidents: promote, run (children, commander, updates, cadence), review and close.</summary>
public static class MajorIncidentApi
{
    public const int MaxList = 200;

    public static RouteGroupBuilder MapMajorIncidentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/major-incidents").WithTags("Major incidents");
        api.MapPost("/", Promote).WithName("PromoteMajorIncident").WithSummary("Promote a P1 (and related incidents) to a major incident")
            .RequireAuthorization(ItsmPolicies.RunMajorIncidents);
        api.MapGet("/", List).WithName("ListMajorIncidents").WithSummary("Active major incidents, or all with ?all=true, newest first")
            .RequireAuthorization(ItsmPolicies.ReadMajorIncidents);
        api.MapGet("/{id:guid}", Get).WithName("GetMajorIncident").RequireAuthorization(ItsmPolicies.ReadMajorIncidents);
        api.MapGet(TicketNumberRoutes.For(TicketNumber.MajorIncidentPrefix), GetByNumber).WithName("GetMajorIncidentByNumber")
            .WithSummary("The major incident with the number people quote, such as MIM0000007").RequireAuthorization(ItsmPolicies.ReadMajorIncidents);
        api.MapPost("/{id:guid}/children", AddChild).WithName("AddMajorIncidentChild").RequireAuthorization(ItsmPolicies.RunMajorIncidents);
        api.MapDelete("/{id:guid}/children/{incidentId:guid}", RemoveChild).WithName("RemoveMajorIncidentChild").RequireAuthorization(ItsmPolicies.RunMajorIncidents);
        api.MapPut("/{id:guid}/commander", ChangeCommander).WithName("ChangeIncidentCommander").RequireAuthorization(ItsmPolicies.RunMajorIncidents);
        api.MapPost("/{id:guid}/updates", Post).WithName("PostMajorIncidentUpdate")
            .WithSummary("A stakeholder update (resets the cadence) or, with stakeholderUpdate=false, a timeline note")
            .RequireAuthorization(ItsmPolicies.RunMajorIncidents);
        api.MapPut("/{id:guid}/cadence", ChangeCadence).WithName("ChangeMajorIncidentCadence").RequireAuthorization(ItsmPolicies.RunMajorIncidents);
        api.MapPost("/{id:guid}/transitions", Move).WithName("MoveMajorIncident").RequireAuthorization(ItsmPolicies.RunMajorIncidents);
        api.MapPut("/{id:guid}/review", RecordReview).WithName("RecordPostIncidentReview").RequireAuthorization(ItsmPolicies.RunMajorIncidents);
        api.ProducesCommandProblems();
        return api;
    }

    private static async Task<Created<MajorIncidentView>> Promote(PromoteRequest request, HttpContext http, IGrainFactory grains)
    {
        var context = CallerContext.For(http);
        var command = request.ToCommand();
        var id = IncidentIds.ForCreate(context.Actor, context.RequestId, "major-incident");
        var view = await grains.GetGrain<IMajorIncidentGrain>(id).Promote(context, command);
        return TypedResults.Created($"/api/major-incidents/{view.Id}", Tagged(http, view));
    }

    private static async Task<Results<Ok<IReadOnlyList<MajorIncidentSummary>>, CsvResult>> List(HttpContext http, IMajorIncidentReadModel readModel, CancellationToken cancellationToken)
    {
        var all = http.Request.Query["all"].ToString();
        if (all.Length > 0 && all is not ("true" or "false"))
        {
            var errors = new FieldErrors();
            errors.Add("all", "'all' is true or false.");
            errors.ThrowIfAny();
        }

        return CsvFormat.IsRequested(http.Request)
            ? ListCsv.MajorIncidents.Complete(http, "major-incidents.csv", await readModel.List(all == "true", CsvRowLimit.MaxRows + 1, cancellationToken))
            : TypedResults.Ok(await readModel.List(all == "true", MaxList, cancellationToken));
    }

    private static async Task<Ok<MajorIncidentView>> Get(Guid id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await Grain(grains, id).Get(CallerClaims.ToCaller(http.User))));

    private static Task<Ok<MajorIncidentView>> GetByNumber(string number, HttpContext http, IGrainFactory grains, ITicketNumberLookup numbers) =>
        TicketNumberRoutes.Read(numbers, number, "major incident", id => Get(id, http, grains), http.RequestAborted);

    private static async Task<Ok<MajorIncidentView>> AddChild(Guid id, ChildRequest request, HttpContext http, IGrainFactory grains)
    {
        if (request.IncidentId is not { } incident || incident == Guid.Empty)
        {
            var errors = new FieldErrors();
            errors.Add("incidentId", "'incidentId' is the id of the incident to add.");
            errors.ThrowIfAny();
        }

        return TypedResults.Ok(Tagged(http, await Grain(grains, id).AddChild(CallerContext.For(http, request), request.IncidentId!.Value)));
    }

    private static async Task<Ok<MajorIncidentView>> RemoveChild(Guid id, Guid incidentId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await Grain(grains, id).RemoveChild(CallerContext.For(http), incidentId)));

    private static async Task<Ok<MajorIncidentView>> ChangeCommander(Guid id, CommanderRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await Grain(grains, id).ChangeCommander(CallerContext.For(http, request), request.Commander ?? "")));

    private static async Task<Created<MajorIncidentView>> Post(Guid id, PostRequest request, HttpContext http, IGrainFactory grains)
    {
        var view = await Grain(grains, id).Post(CallerContext.For(http, request), request.Text ?? "", request.StakeholderUpdate ?? true);
        return TypedResults.Created($"/api/major-incidents/{id}", Tagged(http, view));
    }

    private static async Task<Ok<MajorIncidentView>> ChangeCadence(Guid id, CadenceRequest request, HttpContext http, IGrainFactory grains)
    {
        if (request.UpdateCadence is not { } cadence)
        {
            var errors = new FieldErrors();
            errors.Add("updateCadence", "'updateCadence' is a duration such as \"00:30:00\".");
            errors.ThrowIfAny();
        }

        return TypedResults.Ok(Tagged(http, await Grain(grains, id).ChangeCadence(CallerContext.For(http, request), request.UpdateCadence!.Value)));
    }

    private static async Task<Ok<MajorIncidentView>> Move(Guid id, MoveMajorIncidentRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await Grain(grains, id).Move(CallerContext.For(http, request), request.ToCommand())));

    private static async Task<Ok<MajorIncidentView>> RecordReview(Guid id, ReviewRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(Tagged(http, await Grain(grains, id).RecordReview(CallerContext.For(http, request), request.ToReview())));

    private static IMajorIncidentGrain Grain(IGrainFactory grains, Guid id) => grains.GetGrain<IMajorIncidentGrain>(id);

    private static MajorIncidentView Tagged(HttpContext http, MajorIncidentView view) => http.Tagged(view.Version, view);
}
