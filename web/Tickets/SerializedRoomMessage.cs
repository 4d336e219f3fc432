using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// A room message serialised once for every connection it is for, with what a connection needs to tell whether it fits
/// what it already holds: the timeline sequence it was read after and the revision of the presence it carries.
/// </summary>
public sealed class SerializedRoomMessage
{
    private readonly byte[] _json;

    /// <param name="json">The message serialised with seq 0; each connection's frame writes its own number there.</param>
    public SerializedRoomMessage(TicketRoomMessage message, int after, long? presenceRevision, byte[] json)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(json);
        if (message.Seq != 0 || !json.AsSpan().StartsWith(Unnumbered) || json[Unnumbered.Length] != (byte)',')
        {
            throw new ArgumentException("A shared room message is serialised with seq 0, as its first property.", nameof(json));
        }

        (Message, After, PresenceRevision, _json) = (message, after, presenceRevision, json);
    }

    public TicketRoomMessage Message { get; }

    /// <summary>The timeline sequence the message was read after: a connection holding less would miss entries.</summary>
    public int After { get; }

    /// <summary>The revision of the presence in <see cref="TicketRoomMessage.Viewers"/>; null when it carries none.</summary>
    public long? PresenceRevision { get; }

    /// <summary>The last timeline sequence a connection holds once it took this message.</summary>
    public int LastSequence => Message.Timeline.Count > 0 ? Message.Timeline[^1].Entry.Sequence : Message.Complete ? 0 : After;

    private static ReadOnlySpan<byte> Unnumbered => "{\"seq\":0"u8;

    private static ReadOnlySpan<byte> Numbered => "{\"seq\":"u8;

    /// <summary>Writes one connection's frame: the shared JSON with that connection's sequence number in it.</summary>
    public void WriteTo(Utf8JsonWriter writer, long seq)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var rest = _json.AsSpan(Unnumbered.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(Numbered.Length + 20 + rest.Length);
        try
        {
            Numbered.CopyTo(buffer);
            Utf8Formatter.TryFormat(seq, buffer.AsSpan(Numbered.Length), out var digits);
            rest.CopyTo(buffer.AsSpan(Numbered.Length + digits));
            writer.WriteRawValue(buffer.AsSpan(0, Numbered.Length + digits + rest.Length), skipInputValidation: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
