namespace ItsmOrleans.Contracts.Incidents;

/// <summary>One persisted change: who did what and when, with the old and new values.</summary>
/// <param name="Version">The incident version this change produced.</param>
[GenerateSerializer, Immutable, Alias("itsm.HistoryEntry")]
public sealed record HistoryEntry(
    int Sequence,
    int Version,
    DateTimeOffset At,
    string Actor,
    HistoryKind Kind,
    IReadOnlyList<FieldChange> Changes,
    string? Note = null);
