using System.Buffers.Text;
using System.Globalization;
using System.Text;
using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>
/// The opaque "after" cursor of the incident list: the number sequence of the last incident on a page.
/// Clients pass it back unchanged; its format may change without notice.
/// </summary>
public static class IncidentCursor
{
    public static string Encode(long numberSequence) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(numberSequence.ToString(CultureInfo.InvariantCulture)));

    /// <exception cref="DomainValidationException">The cursor is not one the list returned.</exception>
    public static long Decode(string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        Span<byte> bytes = stackalloc byte[32];
        if (!Base64Url.IsValid(cursor, out var length)
            || length > bytes.Length
            || !Base64Url.TryDecodeFromChars(cursor, bytes, out var written)
            || !long.TryParse(bytes[..written], NumberStyles.None, CultureInfo.InvariantCulture, out var numberSequence)
            || numberSequence <= 0)
        {
            throw new DomainValidationException("after", "The cursor is not one returned by the incident list.");
        }

        return numberSequence;
    }
}
