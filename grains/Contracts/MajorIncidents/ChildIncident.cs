using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.MajorIncidents;

/// <summary>An incident handled under a major incident, as last reported by the incident.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ChildIncident")]
public sealed record ChildIncident(Guid Id, string Number, string Title, Priority Priority, IncidentStatus Status, string? ServiceId, int Revision);
