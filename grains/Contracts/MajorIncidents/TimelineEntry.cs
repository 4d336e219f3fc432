namespace ItsmOrleans.Contracts.MajorIncidents;

/// <summary>One line of a major incident's timeline.</summary>
[GenerateSerializer, Immutable, Alias("itsm.TimelineEntry")]
public sealed record TimelineEntry(int Sequence, DateTimeOffset At, string Actor, TimelineEntryKind Kind, string Text);
