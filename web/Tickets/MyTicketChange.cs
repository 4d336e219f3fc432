namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// One of the caller's own records changed: an incident raised for them, or a service request they asked for or that
/// was asked for them. <see cref="Kind"/> is the search kind ("incident" or "service-request").
/// </summary>
public sealed record MyTicketChange(string Kind, Guid Id, string Number, int Revision);
