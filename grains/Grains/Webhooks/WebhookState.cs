using ItsmOrleans.Contracts.Webhooks;

namespace ItsmOrleans.Grains.Webhooks;

[GenerateSerializer, Alias("itsm.WebhookState")]
public sealed class WebhookState
{
    [Id(0)] public WebhookDefinition? Definition { get; set; }
    [Id(1)] public List<WebhookEvent> Queue { get; set; } = [];
    [Id(2)] public int HeadAttempts { get; set; }
    [Id(3)] public DateTimeOffset? NextAttemptAt { get; set; }
    [Id(4)] public List<DeliveryAttempt> Log { get; set; } = [];
    [Id(5)] public int Dropped { get; set; }
    [Id(6)] public int Version { get; set; }

    /// <summary>The webhook as GET /api/webhooks/{id} shows it: its secret only as a hint of its last characters.</summary>
    public WebhookView? ToView(string id) => Definition is { } d
        ? new WebhookView(id, d.Url, "…" + d.Secret[^4..], d.Events, d.Active, Queue.Count, Dropped, Version)
        : null;
}
