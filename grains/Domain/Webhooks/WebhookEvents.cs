using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Webhooks;

namespace ItsmOrleans.Domain.Webhooks;

/// <summary>The webhook event a ticket's board activity stands for.</summary>
public static class WebhookEvents
{
    public static string TypeOf(ActivityKind kind) => kind switch
    {
        ActivityKind.Created => WebhookEventTypes.Created,
        ActivityKind.Assigned => WebhookEventTypes.Assigned,
        ActivityKind.StatusChanged => WebhookEventTypes.StatusChanged,
        ActivityKind.Commented => WebhookEventTypes.Commented,
        ActivityKind.SlaThreshold => WebhookEventTypes.SlaThreshold,
        _ => WebhookEventTypes.Updated,
    };
}
