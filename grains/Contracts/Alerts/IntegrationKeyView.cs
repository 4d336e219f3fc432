namespace ItsmOrleans.Contracts.Alerts;

/// <summary>
/// A routing (integration) key: monitoring tools send events with it, and it names the service they concern. The key is a
/// credential: only administrators' integration endpoints show it.
/// </summary>
/// <param name="IntegrationId">
/// What the integration's alerts are filed under; it stays the same when the key is rotated (the first key of the
/// integration), so an alert triggered with the old key is resolved with the new one. Never shown outside administration.
/// </param>
/// <param name="RetiresAt">When a rotated key stops being accepted; null while it is the integration's current key.</param>
/// <param name="ReplacedBy">The key that replaced this one when it was rotated.</param>
[GenerateSerializer, Immutable, Alias("itsm.IntegrationKeyView")]
public sealed record IntegrationKeyView(
    string RoutingKey,
    string Name,
    string ServiceId,
    string IntegrationId,
    DateTimeOffset? RetiresAt = null,
    string? ReplacedBy = null)
{
    /// <summary>Whether events sent with this key are taken at <paramref name="now"/>.</summary>
    public bool AcceptsEventsAt(DateTimeOffset now) => RetiresAt is not { } retires || now < retires;
}
