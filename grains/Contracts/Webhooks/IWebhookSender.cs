namespace ItsmOrleans.Contracts.Webhooks;

/// <summary>Posts one signed event to a receiver; the outcome, never an exception, says how it went.</summary>
public interface IWebhookSender
{
    Task<WebhookSendResult> Send(string url, string secret, WebhookEvent webhookEvent, CancellationToken cancellationToken);
}
