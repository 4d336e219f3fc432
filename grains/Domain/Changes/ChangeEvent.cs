using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Domain.Changes;

/// <summary>What a command did to a change: the history entry to record.</summary>
public sealed record ChangeEvent(ChangeHistoryKind Kind, IReadOnlyList<FieldChange> Changes, string? Note = null);
