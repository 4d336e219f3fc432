using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Domain.Continuity;

/// <summary>What a command did to a continuity plan: the history entry to record (its kind as the history names it).</summary>
public sealed record PlanEvent(string Kind, IReadOnlyList<FieldChange> Changes, string? Note = null);
