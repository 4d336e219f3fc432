using System.Text.Json.Serialization;

namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// What one connection is sent: a <see cref="TicketRoomMessage"/> serialised once for its whole audience, with this
/// connection's own sequence number. Clients read it as a <see cref="TicketRoomMessage"/>.
/// </summary>
[JsonConverter(typeof(TicketRoomFrameConverter))]
public sealed record TicketRoomFrame(long Seq, SerializedRoomMessage Message);
