using System.Buffers.Text;
using System.Globalization;
using System.Text;
using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>
/// The opaque "after" cursor of a search: where the previous page ended in the order it was sorted by (the time,
/// kind and id of its last hit; for relevance, how many hits came before). Clients pass it back unchanged.
/// </summary>
public sealed record SearchCursor(SearchSort Sort, long Ticks, string Kind, string Id, int Offset)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        string.Join('|', Sort.ToString(), Ticks.ToString(CultureInfo.InvariantCulture), Kind, Id, Offset.ToString(CultureInfo.InvariantCulture))));

    /// <exception cref="DomainValidationException">Not a cursor this search returned (or one of a search sorted otherwise).</exception>
    public static SearchCursor Decode(string cursor, SearchSort sort)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var refused = new DomainValidationException("after", "The cursor is not one returned by this search; start again without it.");
        if (cursor.Length > 400 || !Base64Url.IsValid(cursor))
        {
            throw refused;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
        if (parts is not [var sortText, var ticksText, var kind, var id, var offsetText]
            || !Enum.TryParse<SearchSort>(sortText, out var decodedSort) || decodedSort != sort
            || !long.TryParse(ticksText, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            throw refused;
        }

        return new SearchCursor(decodedSort, ticks, kind, id, offset);
    }
}
