using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Contracts.Webhooks;

/// <summary>
/// One outgoing webhook, keyed by its id: its definition, the events waiting for delivery (in order, one at a time,
/// retried with backoff) and the log of recent attempts.
/// </summary>
public interface IWebhookGrain : IGrainWithStringKey
{
    Task<WebhookView> Define(CommandContext context, WebhookDefinition definition);

    Task<WebhookView> Get();

    Task Remove(CommandContext context);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<DeliveryAttempt>> Deliveries();

    [OneWay]
    Task Enqueue(WebhookEvent webhookEvent);
}
