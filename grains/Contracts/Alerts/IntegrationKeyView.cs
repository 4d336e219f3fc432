namespace ItsmOrleans.Contracts.Alerts;

/// <summary>A routing (integration) key: monitoring tools send events with it, and it names the service they concern.</summary>
[GenerateSerializer, Immutable, Alias("itsm.IntegrationKeyView")]
public sealed record IntegrationKeyView(string RoutingKey, string Name, string ServiceId);
