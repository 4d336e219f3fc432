namespace ItsmOrleans.Contracts.Tickets;

/// <summary>One open view of a ticket (a tab, a client): who, doing what, since when.</summary>
/// <param name="Connection">The hub connection the view came from; one person may have several.</param>
[GenerateSerializer, Immutable, Alias("itsm.TicketViewer")]
public sealed record TicketViewer(string Connection, string User, PresenceActivity Activity, string? Field, DateTimeOffset Since);
