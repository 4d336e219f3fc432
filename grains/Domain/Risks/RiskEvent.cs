using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Domain.Risks;

/// <summary>What a command did to a risk: the history entry to record (its kind as the history names it).</summary>
public sealed record RiskEvent(string Kind, IReadOnlyList<FieldChange> Changes, string? Note = null);
