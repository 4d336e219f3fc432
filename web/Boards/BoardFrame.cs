using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// A board message serialised once for every client of its scope: the hub protocol copies <see cref="Json"/> into
/// each connection's output instead of serialising the message again per connection.
/// </summary>
[JsonConverter(typeof(BoardFrameConverter))]
public sealed class BoardFrame
{
    private BoardFrame(BoardMessage message, byte[] json, DateTimeOffset? oldestChange) =>
        (Message, Json, OldestChange) = (message, json, oldestChange);

    public BoardMessage Message { get; }

    public ReadOnlyMemory<byte> Json { get; }

    public long Seq => Message.Seq;

    /// <summary>When the oldest change this frame carries happened, for the push-delay metric.</summary>
    public DateTimeOffset? OldestChange { get; }

    public static BoardFrame Of(BoardMessage message, JsonSerializerOptions json, DateTimeOffset? oldestChange = null) =>
        new(message, JsonSerializer.SerializeToUtf8Bytes(message, json), oldestChange);
}

/// <summary>Writes a frame's bytes as they are; frames only travel from the hub to its clients.</summary>
public sealed class BoardFrameConverter : JsonConverter<BoardFrame>
{
    public override BoardFrame Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Board frames are written by the hub, never read.");

    public override void Write(Utf8JsonWriter writer, BoardFrame value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json.Span, skipInputValidation: true);
}
