using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.Tickets;

/// <summary>A ticket as its room shows it: the fields, and its timeline after a sequence number.</summary>
/// <param name="Complete">
/// True when <paramref name="Timeline"/> is the whole timeline the caller may see; false when it holds only what came
/// after the sequence asked for.
/// </param>
[GenerateSerializer, Immutable, Alias("itsm.TicketTimeline")]
public sealed record TicketTimeline(IncidentView Incident, IReadOnlyList<TimelineItem> Timeline, bool Complete);
