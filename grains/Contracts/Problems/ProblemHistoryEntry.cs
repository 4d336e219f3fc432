using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.Problems;

/// <summary>One recorded event of a problem.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ProblemHistoryEntry")]
public sealed record ProblemHistoryEntry(int Sequence, int Version, DateTimeOffset At, string Actor, string Kind, IReadOnlyList<FieldChange> Changes, string? Note = null);
