using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.Continuity;

/// <summary>One recorded event of a continuity plan.</summary>
[GenerateSerializer, Immutable, Alias("itsm.PlanHistoryEntry")]
public sealed record PlanHistoryEntry(int Sequence, int Version, DateTimeOffset At, string Actor, string Kind, IReadOnlyList<FieldChange> Changes, string? Note = null);
