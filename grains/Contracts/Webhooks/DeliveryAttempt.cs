namespace ItsmOrleans.Contracts.Webhooks;

/// <summary>One try at delivering an event: when, what the receiver answered (or why it could not), what happens next.</summary>
/// <param name="NextAttemptAt">When it is tried again; null when delivered or given up.</param>
[GenerateSerializer, Immutable, Alias("itsm.DeliveryAttempt")]
public sealed record DeliveryAttempt(
    Guid EventId,
    string EventType,
    string Number,
    int Attempt,
    DateTimeOffset At,
    int? StatusCode,
    string? Error,
    bool Delivered,
    DateTimeOffset? NextAttemptAt);
