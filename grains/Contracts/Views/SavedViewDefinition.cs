namespace ItsmOrleans.Contracts.Views;

/// <summary>What a saved view shows: a search and how its list looks.</summary>
/// <param name="Name">Unique (ignoring case) among the owner's views.</param>
/// <param name="Query">The search as a query string of GET /api/search without paging, e.g. <c>q=mail&amp;kind=incident&amp;open=true</c>.</param>
/// <param name="Sort"><c>relevance</c>, <c>updated</c> or <c>created</c>; none for the search's default.</param>
/// <param name="Columns">The list's columns in order; none for the default columns.</param>
/// <param name="SharedWith">Assignment groups (the owner's own) whose members see the view too.</param>
[GenerateSerializer, Immutable, Alias("itsm.SavedViewDefinition")]
public sealed record SavedViewDefinition(
    string Name,
    string Query,
    string? Sort,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string> SharedWith);
