using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.Changes;

/// <summary>One persisted event of a change: who did what and when, with old and new values.</summary>
/// <param name="Version">The change version current after this entry.</param>
[GenerateSerializer, Immutable, Alias("itsm.ChangeHistoryEntry")]
public sealed record ChangeHistoryEntry(
    int Sequence,
    int Version,
    DateTimeOffset At,
    string Actor,
    ChangeHistoryKind Kind,
    IReadOnlyList<FieldChange> Changes,
    string? Note = null);
