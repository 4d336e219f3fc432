namespace ItsmOrleans.Domain.Search;

/// <summary>
/// What the search index holds of one record: the fields search filters and sorts on, and its words by audience.
/// <paramref name="PublicText"/> is for everyone who may see the record; <paramref name="InternalText"/> only for
/// agents and admins (work notes). <paramref name="KnownError"/> marks a problem recorded as a known error;
/// <paramref name="RequestedBy"/> is who raised a record for the <paramref name="Requester"/> (both may find it).
/// </summary>
public sealed record SearchDocument(
    string Kind,
    Guid Id,
    string Number,
    string Title,
    string Status,
    bool IsOpen,
    int? Priority,
    string? ServiceId,
    string? AssignmentGroup,
    string? Assignee,
    string? Requester,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool SlaBreached,
    int Revision,
    string PublicText,
    string InternalText,
    bool KnownError = false,
    string? RequestedBy = null)
{
    /// <summary>Text kept per audience; the newest of a long history is what is kept.</summary>
    public const int MaxTextLength = 100_000;

    /// <summary>Joins texts newest last and keeps the last <see cref="MaxTextLength"/> characters.</summary>
    public static string Text(IEnumerable<string?> parts)
    {
        var text = string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length <= MaxTextLength ? text : text[^MaxTextLength..];
    }
}
