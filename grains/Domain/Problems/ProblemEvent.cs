using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Domain.Problems;

/// <summary>What a command did to a problem: the history entry to record (its kind as the history names it).</summary>
public sealed record ProblemEvent(string Kind, IReadOnlyList<FieldChange> Changes, string? Note = null);
