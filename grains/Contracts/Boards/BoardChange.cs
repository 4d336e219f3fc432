using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.Boards;

/// <summary>An incident's latest row, and what happened to it, on its way to the boards.</summary>
[GenerateSerializer, Immutable, Alias("itsm.BoardChange")]
public sealed record BoardChange(IncidentSummary Incident, BoardActivity? Activity);
