namespace ItsmOrleans.Contracts.Webhooks;

/// <summary>The ticket events a webhook can follow.</summary>
public static class WebhookEventTypes
{
    public const string Created = "incident.created";
    public const string Updated = "incident.updated";
    public const string Assigned = "incident.assigned";
    public const string StatusChanged = "incident.statusChanged";
    public const string Commented = "incident.commented";
    public const string SlaThreshold = "incident.slaThreshold";

    /// <summary>An escalation level pages people: a paging or chat gateway delivers it to them.</summary>
    public const string Escalated = "incident.escalated";

    public static IReadOnlyList<string> All { get; } = [Created, Updated, Assigned, StatusChanged, Commented, SlaThreshold, Escalated];
}
