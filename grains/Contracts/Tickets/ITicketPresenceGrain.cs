namespace ItsmOrleans.Contracts.Tickets;

/// <summary>
/// Who is in one ticket's room, keyed by the incident id. Held in memory only: presence is never stored, and a view
/// that stops reporting is dropped after <c>Tickets:PresenceTimeout</c>.
/// </summary>
public interface ITicketPresenceGrain : IGrainWithGuidKey
{
    /// <summary>Records what a view is doing now; reporting again keeps it present.</summary>
    Task Report(string connection, string user, PresenceActivity activity, string? field);

    /// <summary>A view closed (the tab, the connection).</summary>
    Task Leave(string connection);

    Task<TicketPresence> Get();
}
