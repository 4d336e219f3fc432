using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.Risks;

/// <summary>One recorded event of a risk.</summary>
[GenerateSerializer, Immutable, Alias("itsm.RiskHistoryEntry")]
public sealed record RiskHistoryEntry(int Sequence, int Version, DateTimeOffset At, string Actor, string Kind, IReadOnlyList<FieldChange> Changes, string? Note = null);
