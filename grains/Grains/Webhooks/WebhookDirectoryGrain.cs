using ItsmOrleans.Contracts.Webhooks;

namespace ItsmOrleans.Grains.Webhooks;

/// <summary>Which webhooks follow which events, stored; ticket events pass through here to the webhooks that follow them.</summary>
public sealed class WebhookDirectoryGrain(
    [PersistentState("webhook-directory", ItsmStorage.Name)] IPersistentState<WebhookDirectoryState> store) : Grain, IWebhookDirectoryGrain
{
    public async Task Register(string webhookId, IReadOnlyList<string> events)
    {
        store.State.Subscriptions[webhookId] = [.. events];
        await store.WriteStateAsync();
    }

    public async Task Unregister(string webhookId)
    {
        if (store.State.Subscriptions.Remove(webhookId))
        {
            await store.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>([.. store.State.Subscriptions.Keys.Order(StringComparer.Ordinal)]);

    public async Task Dispatch(WebhookEvent webhookEvent)
    {
        foreach (var (webhookId, events) in store.State.Subscriptions)
        {
            if (events.Contains(webhookEvent.Type))
            {
                await GrainFactory.GetGrain<IWebhookGrain>(webhookId).Enqueue(webhookEvent);
            }
        }
    }
}
