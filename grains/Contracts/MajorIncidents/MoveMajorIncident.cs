namespace ItsmOrleans.Contracts.MajorIncidents;

/// <summary>Moves a major incident along its lifecycle; the note says why (required to resolve, reopen or cancel).</summary>
[GenerateSerializer, Immutable, Alias("itsm.MoveMajorIncident")]
public sealed record MoveMajorIncident(MajorIncidentStatus To, string? Note = null);
