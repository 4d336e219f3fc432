namespace ItsmOrleans.Contracts.Webhooks;

/// <summary>Which webhooks follow which events; hands each ticket event to the webhooks that follow it.</summary>
public interface IWebhookDirectoryGrain : IGrainWithIntegerKey
{
    Task Register(string webhookId, IReadOnlyList<string> events);

    Task Unregister(string webhookId);

    Task<IReadOnlyList<string>> List();

    [OneWay]
    Task Dispatch(WebhookEvent webhookEvent);
}
