namespace ItsmOrleans.Contracts.Services;

/// <summary>Where a service's trouble starts: the service with the incidents, how bad it is there, and its worst incident.</summary>
[GenerateSerializer, Immutable, Alias("itsm.HealthCause")]
public sealed record HealthCause(string ServiceId, string ServiceName, ServiceStatus Status, string? IncidentNumber);
