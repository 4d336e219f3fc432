namespace ItsmOrleans.Contracts.Webhooks;

/// <summary>
/// A ticket event as webhooks deliver it (the JSON body of the POST). <paramref name="Type"/> is one of
/// <see cref="WebhookEventTypes.All"/>.
/// </summary>
/// <param name="Notify">For <see cref="WebhookEventTypes.Escalated"/>: the people to page now.</param>
/// <param name="NotifyGroups">For <see cref="WebhookEventTypes.Escalated"/>: the groups to page now.</param>
/// <param name="EscalationLevel">For <see cref="WebhookEventTypes.Escalated"/>: the policy level, 1 for the first.</param>
[GenerateSerializer, Immutable, Alias("itsm.WebhookEvent")]
public sealed record WebhookEvent(
    Guid Id,
    string Type,
    DateTimeOffset At,
    Guid IncidentId,
    string Number,
    string Title,
    string Priority,
    string Status,
    string? AssignmentGroup,
    string? Assignee,
    string Text,
    IReadOnlyList<string>? Notify = null,
    IReadOnlyList<string>? NotifyGroups = null,
    int? EscalationLevel = null);
