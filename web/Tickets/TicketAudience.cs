using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// Who a ticket room's messages are for, as <see cref="IncidentAccess"/> answers for a caller who may see the ticket:
/// agents and admins (work notes and presence), the NOC and change managers (presence, no work notes), and the
/// requester (neither). Callers of one audience are shown exactly the same, so a room reads and serialises each change
/// once per audience. A new visibility rule in <see cref="IncidentAccess"/> that tells callers apart belongs here too.
/// </summary>
public readonly record struct TicketAudience(bool SeesWorkNotes, bool SeesPresence)
{
    public static TicketAudience Of(Caller caller) => new(IncidentAccess.SeesWorkNotes(caller), IncidentAccess.SeesPresence(caller));
}
