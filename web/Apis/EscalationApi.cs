using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Escalations;

namespace ItsmOrleans.Web.Apis;

/// <summary>Escalation policies and on-call schedules (admins keep them; agents override who is on call), and incidents' escalations.</summary>
public static class EscalationApi
{
    public static IEndpointRouteBuilder MapEscalationApi(this IEndpointRouteBuilder app)
    {
        var policies = app.MapGroup("/api/escalation-policies").WithTags("Escalations");
        policies.MapGet("/", ListPolicies).WithName("ListEscalationPolicies").RequireAuthorization(ItsmPolicies.ReadEscalationPolicies);
        policies.MapGet("/{id}", GetPolicy).WithName("GetEscalationPolicy").RequireAuthorization(ItsmPolicies.ReadEscalationPolicies);
        policies.MapPut("/{id}", DefinePolicy).WithName("DefineEscalationPolicy").RequireAuthorization(ItsmPolicies.Administer)
            .WithSummary("Create or change a policy: levels of users, groups or schedules, the wait before the next level, repeats, minimum priority");

        var schedules = app.MapGroup("/api/on-call-schedules").WithTags("Escalations");
        schedules.MapGet("/", ListSchedules).WithName("ListOnCallSchedules").RequireAuthorization(ItsmPolicies.ReadOnCallSchedules);
        schedules.MapGet("/{id}", GetSchedule).WithName("GetOnCallSchedule").RequireAuthorization(ItsmPolicies.ReadOnCallSchedules);
        schedules.MapPut("/{id}", DefineSchedule).WithName("DefineOnCallSchedule").RequireAuthorization(ItsmPolicies.Administer)
            .WithSummary("Create or change a schedule's layers (rotations with hand-off times and optional restrictions); overrides stay");
        schedules.MapGet("/{id}/on-call", WhoIsOnCall).WithName("WhoIsOnCall").RequireAuthorization(ItsmPolicies.ReadOnCallSchedules)
            .WithSummary("Who is on call now (or ?at=), from which layer or override, and until when");
        app.MapGet("/api/on-call", WhoIsOnCallEverywhere).WithTags("Escalations").WithName("WhoIsOnCallEverywhere").RequireAuthorization(ItsmPolicies.ReadOnCallSchedules)
            .WithSummary("For every schedule: who is on call now, and who is next from the next hand-off");
        schedules.MapPost("/{id}/overrides", AddOverride).WithName("AddOnCallOverride").RequireAuthorization(ItsmPolicies.WorkIncidents);
        schedules.MapDelete("/{id}/overrides/{overrideId:guid}", RemoveOverride).WithName("RemoveOnCallOverride").RequireAuthorization(ItsmPolicies.WorkIncidents);

        app.MapGet("/api/incidents/{id:guid}/escalation", GetEscalation).WithTags("Escalations").WithName("GetIncidentEscalation")
            .RequireAuthorization(ItsmPolicies.ReadEscalationPolicies).WithSummary("The incident's escalation: status, level, next level due, who was notified");
        app.MapPost("/api/incidents/{id:guid}/acknowledge", Acknowledge).WithTags("Escalations").WithName("AcknowledgeIncident")
            .RequireAuthorization(ItsmPolicies.AcknowledgeIncidents)
            .WithSummary("Acknowledge: stops the escalation; one who works the incident takes it unless someone already responded, the NOC leaves it where it is");
        return app;
    }

    private static async Task<IResult> ListPolicies(IGrainFactory grains) => Results.Ok(await grains.GetGrain<IOnCallDirectoryGrain>(0).Policies());

    private static async Task<IResult> GetPolicy(string id, IGrainFactory grains) =>
        Results.Ok(await grains.GetGrain<IEscalationPolicyGrain>(id).Get() ?? throw new NotFoundException($"There is no escalation policy '{id}'."));

    private static async Task<IResult> DefinePolicy(string id, EscalationPolicyRequest request, HttpContext http, IGrainFactory grains)
    {
        var minimumDelay = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<EscalationOptions>>().Value.MinimumDelay;
        var command = request.ToCommand(id, minimumDelay);
        return Results.Ok(await grains.GetGrain<IEscalationPolicyGrain>(id).Define(CallerContext.For(http, request), command));
    }

    private static async Task<IResult> ListSchedules(IGrainFactory grains) => Results.Ok(await grains.GetGrain<IOnCallDirectoryGrain>(0).Schedules());

    private static async Task<IResult> GetSchedule(string id, IGrainFactory grains) =>
        Results.Ok(await grains.GetGrain<IOnCallScheduleGrain>(id).Get() ?? throw new NotFoundException($"There is no on-call schedule '{id}'."));

    private static async Task<IResult> DefineSchedule(string id, OnCallScheduleRequest request, HttpContext http, IGrainFactory grains) =>
        Results.Ok(await grains.GetGrain<IOnCallScheduleGrain>(id).Define(CallerContext.For(http, request), request.ToCommand(id)));

    private static async Task<IResult> WhoIsOnCall(string id, DateTimeOffset? at, IGrainFactory grains, TimeProvider time) =>
        Results.Ok(await grains.GetGrain<IOnCallScheduleGrain>(id).WhoIsOnCall(at ?? time.GetUtcNow()));

    private static async Task<IResult> WhoIsOnCallEverywhere(IGrainFactory grains, TimeProvider time)
    {
        var at = time.GetUtcNow();
        var schedules = await grains.GetGrain<IOnCallDirectoryGrain>(0).Schedules();
        return Results.Ok(await Task.WhenAll(schedules.Select(s => grains.GetGrain<IOnCallScheduleGrain>(s.Id).NowAndNext(at))));
    }

    private static async Task<IResult> AddOverride(string id, OnCallOverrideRequest request, HttpContext http, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        foreach (var (field, value) in new[] { ("start", request.Start), ("end", request.End) }.Where(f => f.Item2 is null))
        {
            errors.Add(field, $"An override has a {field} (a time with an offset, such as \"2026-12-24T18:00:00+01:00\").");
        }

        var (start, end) = (request.Start ?? DateTimeOffset.MinValue, request.End ?? DateTimeOffset.MaxValue);
        RequestValidation.ThrowIfInvalid(errors, () => EscalationRules.ValidateOverride(request.User ?? "", start, end));
        return Results.Ok(await grains.GetGrain<IOnCallScheduleGrain>(id).AddOverride(CallerContext.For(http, request), request.User!, start, end));
    }

    private static async Task<IResult> RemoveOverride(string id, Guid overrideId, HttpContext http, IGrainFactory grains) =>
        Results.Ok(await grains.GetGrain<IOnCallScheduleGrain>(id).RemoveOverride(CallerContext.For(http), overrideId));

    private static async Task<IResult> GetEscalation(Guid id, HttpContext http, IGrainFactory grains)
    {
        await grains.GetGrain<IIncidentGrain>(id).Get(CallerContext.For(http).Caller);
        return Results.Ok(await grains.GetGrain<IEscalationGrain>(id).Get() ?? throw new NotFoundException("This incident has not escalated."));
    }

    private static async Task<IResult> Acknowledge(Guid id, HttpContext http, IGrainFactory grains) =>
        Results.Ok(await grains.GetGrain<IIncidentGrain>(id).Acknowledge(CallerContext.For(http)));
}
