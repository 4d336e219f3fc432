namespace ItsmOrleans.Contracts.Views;

/// <summary>A saved view as its owner and the groups it is shared with see it.</summary>
[GenerateSerializer, Immutable, Alias("itsm.SavedView")]
public sealed record SavedView(
    Guid Id,
    string Owner,
    string Name,
    string Query,
    string? Sort,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string> SharedWith,
    int Version,
    DateTimeOffset UpdatedAt);
