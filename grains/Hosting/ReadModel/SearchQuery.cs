namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>
/// A search: words to find (optional) and filters; empty filters match everything.
/// <paramref name="Audience"/> decides which words may match; <paramref name="OnlyRequester"/> limits a requester to
/// their own records.
/// </summary>
public sealed record SearchQuery(
    string? Text = null,
    IReadOnlyList<string>? Kinds = null,
    IReadOnlyList<string>? Statuses = null,
    IReadOnlyList<int>? Priorities = null,
    string? ServiceId = null,
    string? AssignmentGroup = null,
    string? Assignee = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedBefore = null,
    bool? Open = null,
    bool? SlaBreached = null,
    SearchSort? Sort = null,
    int Limit = 50,
    string? After = null,
    SearchAudience Audience = SearchAudience.Public,
    string? OnlyRequester = null)
{
    /// <summary>Relevance when there are words to find, else the most recently updated first.</summary>
    public SearchSort EffectiveSort => Sort ?? (string.IsNullOrWhiteSpace(Text) ? SearchSort.Updated : SearchSort.Relevance);
}

/// <summary>Which texts a caller's words may match.</summary>
public enum SearchAudience
{
    /// <summary>Number, title, description, public replies: what everyone who may see the record reads.</summary>
    Public,

    /// <summary>All of it, work notes too: agents and admins.</summary>
    Full,
}

public enum SearchSort
{
    Relevance,
    Updated,
    Created,
}
