namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>One record found, as a result list shows it.</summary>
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
    bool SlaBreached);

/// <summary>A page of results; <paramref name="NextCursor"/> fetches the next one (null on the last).</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Items, string? NextCursor);
