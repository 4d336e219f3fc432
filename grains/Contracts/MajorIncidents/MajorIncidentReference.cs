namespace ItsmOrleans.Contracts.MajorIncidents;

/// <summary>Points at the major incident an incident is handled under.</summary>
[GenerateSerializer, Immutable, Alias("itsm.MajorIncidentReference")]
public sealed record MajorIncidentReference(Guid Id, string Number);
