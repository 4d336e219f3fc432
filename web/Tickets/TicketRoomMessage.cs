using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.Boards;

namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// One message of a ticket room stream. The first is a snapshot: the ticket and either its whole timeline
/// (<see cref="Complete"/>) or only what came after the sequence the client resumed from. Deltas carry the ticket
/// as it is now with the timeline items that are new, and/or who is in the room. Everything is what the caller may
/// read over REST: no work notes for those who may not read them, and no presence for requesters.
/// </summary>
/// <param name="Seq">This connection's message number, 1 for the snapshot (0 while a message is shared, before a connection's frame numbers it).</param>
/// <param name="Incident">The ticket's fields now; null when only presence changed.</param>
/// <param name="Viewers">Everyone in the room; null when presence did not change, and always for requesters.</param>
public sealed record TicketRoomMessage(
    long Seq,
    BoardMessageKind Kind,
    DateTimeOffset ServerTime,
    IncidentView? Incident,
    IReadOnlyList<TimelineItem> Timeline,
    bool Complete,
    IReadOnlyList<TicketViewer>? Viewers);
