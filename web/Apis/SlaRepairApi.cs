using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// The SLA repair (administrators): recompute a ticket's SLA clocks, or those of every ticket of a policy, from their
/// history after a policy or calendar correction. <c>dryRun=true</c> shows before and after and writes nothing.
/// </summary>
public static class SlaRepairApi
{
    public const int DefaultBatch = 50;

    public static IEndpointRouteBuilder MapSlaRepairApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/incidents/{id:guid}/sla/recompute", RecomputeIncident).WithTags("SLAs").WithName("RecomputeIncidentSla")
            .WithSummary("Recompute an incident's SLA clocks from its history; dryRun=true only previews")
            .RequireAuthorization(ItsmPolicies.Administer)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapPost("/api/sla/policies/{policyId}/recompute", RecomputePolicy).WithTags("SLAs").WithName("RecomputePolicySla")
            .WithSummary("Recompute the SLA clocks of a batch of the policy's incidents (limit, after); dryRun=true only previews")
            .RequireAuthorization(ItsmPolicies.Administer)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<SlaRepairReport>> RecomputeIncident(Guid id, bool? dryRun, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IIncidentGrain>(id).RecomputeSla(CallerContext.For(http), dryRun ?? false));

    private static async Task<Ok<SlaPolicyRepair>> RecomputePolicy(
        string policyId, bool? dryRun, int? limit, string? after, HttpContext http, IGrainFactory grains, ISlaPolicyCatalog catalog,
        IIncidentReadModel readModel, CancellationToken cancellationToken)
    {
        var policy = catalog.Find(policyId) ?? throw new NotFoundException($"There is no SLA policy '{policyId}'.");
        if (limit is < 1 or > SqlIncidentReadModel.MaxPageSize)
        {
            throw new DomainValidationException("limit", $"A batch holds 1 to {SqlIncidentReadModel.MaxPageSize} incidents.");
        }

        var page = await readModel.Query(
            new IncidentQuery([], [], null, null, null, limit ?? DefaultBatch, after, SlaPolicyId: policy.Id, OrUnknownSlaPolicy: true), cancellationToken);
        var context = CallerContext.For(http) with { ExpectedVersion = null };
        var reports = new List<SlaRepairReport>(page.Items.Count);
        foreach (var incident in page.Items)
        {
            reports.Add(await grains.GetGrain<IIncidentGrain>(incident.Id).RecomputeSlaOfPolicy(context, policy.Id, dryRun ?? false));
        }

        return TypedResults.Ok(new SlaPolicyRepair(policy.Id, dryRun ?? false, reports, page.NextCursor));
    }
}
