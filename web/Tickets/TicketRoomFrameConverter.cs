using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItsmOrleans.Web.Tickets;

/// <summary>Writes a frame's already serialised message as it is; the server only writes frames.</summary>
public sealed class TicketRoomFrameConverter : JsonConverter<TicketRoomFrame>
{
    public override TicketRoomFrame Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"Read a ticket room frame as a {nameof(TicketRoomMessage)}.");

    public override void Write(Utf8JsonWriter writer, TicketRoomFrame value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        value.Message.WriteTo(writer, value.Seq);
    }
}
