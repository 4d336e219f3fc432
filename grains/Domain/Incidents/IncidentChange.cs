using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Domain.Incidents;

/// <summary>What a command changed: the history entry to record and the line for the boards' activity feed.</summary>
public sealed record IncidentChange(
    HistoryKind Kind,
    IReadOnlyList<FieldChange> Changes,
    ActivityKind Activity,
    string ActivityText,
    string? Note = null);
