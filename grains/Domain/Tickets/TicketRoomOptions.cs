namespace ItsmOrleans.Domain.Tickets;

/// <summary>Ticket rooms: how long presence lasts without a report (clients report every few seconds while open).</summary>
public sealed class TicketRoomOptions
{
    public const string Section = "Tickets";

    /// <summary>A view that has not reported for this long has gone (a closed laptop, a dead connection).</summary>
    public TimeSpan PresenceTimeout { get; set; } = TimeSpan.FromSeconds(6);
}
