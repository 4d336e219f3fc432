using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.Tickets;

/// <summary>One entry of a ticket's history, with the comment or work note it added, if any.</summary>
[GenerateSerializer, Immutable, Alias("itsm.TimelineItem")]
public sealed record TimelineItem(HistoryEntry Entry, Comment? Comment);
