namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>
/// One record found, as a result list shows it. <paramref name="Snippet"/> is a short passage of the text the caller
/// may read around the matched words, as HTML (text escaped, each match in &lt;mark&gt;); null without words.
/// </summary>
public sealed record SearchHit(
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
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool SlaBreached,
    string? Snippet = null);

/// <summary>A page of results; <paramref name="NextCursor"/> fetches the next one (null on the last).</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Items, string? NextCursor);
