using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.Boards;

namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// One message of a ticket room stream. The first is a snapshot: the ticket and either its whole timeline
/// (<see cref="Complete"/>) or only what came after the sequence the client resumed from. Deltas carry the ticket
/// as it is now with the timeline items that are new, and/or who is in the room.
/// </summary>
/// <param name="Incident">The ticket's fields now; null when only presence changed.</param>
/// <param name="Viewers">Everyone in the room; null when presence did not change.</param>
public sealed record TicketRoomMessage(
    long Seq,
    BoardMessageKind Kind,
    DateTimeOffset ServerTime,
    IncidentView? Incident,
    IReadOnlyList<TimelineItem> Timeline,
    bool Complete,
    IReadOnlyList<TicketViewer>? Viewers);
