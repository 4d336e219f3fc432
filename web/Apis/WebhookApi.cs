using ItsmOrleans.Contracts.Webhooks;

namespace ItsmOrleans.Web.Apis;

/// <summary>Outgoing webhooks under /api/webhooks (admins): follow ticket events, signed, retried, with a delivery log.</summary>
public static class WebhookApi
{
    public static RouteGroupBuilder MapWebhookApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/webhooks").WithTags("Webhooks").RequireAuthorization(ItsmPolicies.Administer);
        api.MapGet("/", List).WithName("ListWebhooks");
        api.MapGet("/{id}", Get).WithName("GetWebhook");
        api.MapPut("/{id}", Define).WithName("DefineWebhook")
            .WithSummary("Create or change a webhook: url, secret (kept when left out of a change), events, active");
        api.MapDelete("/{id}", Remove).WithName("RemoveWebhook");
        api.MapGet("/{id}/deliveries", Deliveries).WithName("ListWebhookDeliveries").WithSummary("The latest delivery attempts, newest first");
        api.ProducesCommandProblems();
        return api;
    }

    private static async Task<Ok<List<WebhookView>>> List(IGrainFactory grains)
    {
        var views = new List<WebhookView>();
        foreach (var id in await grains.GetGrain<IWebhookDirectoryGrain>(0).List())
        {
            views.Add(await grains.GetGrain<IWebhookGrain>(id).Get());
        }

        return TypedResults.Ok(views);
    }

    private static async Task<Ok<WebhookView>> Get(string id, IGrainFactory grains) => TypedResults.Ok(await grains.GetGrain<IWebhookGrain>(id).Get());

    private static async Task<Ok<WebhookView>> Define(string id, WebhookRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IWebhookGrain>(id).Define(
            CallerContext.For(http, request), new WebhookDefinition(request.Url ?? "", request.Secret ?? "", request.Events ?? [], request.Active ?? true)));

    private static async Task<NoContent> Remove(string id, HttpContext http, IGrainFactory grains)
    {
        await grains.GetGrain<IWebhookGrain>(id).Remove(CallerContext.For(http));
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<DeliveryAttempt>>> Deliveries(string id, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IWebhookGrain>(id).Deliveries());
}
