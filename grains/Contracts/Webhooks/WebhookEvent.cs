namespace ItsmOrleans.Contracts.Webhooks;

/// <summary>
/// A ticket event as webhooks deliver it (the JSON body of the POST). <paramref name="Type"/> is one of
/// <see cref="WebhookEventTypes.All"/>.
/// </summary>
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
    string Text);
