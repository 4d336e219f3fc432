namespace ItsmOrleans.Grains.Search;

/// <summary>The kinds of record the search index holds.</summary>
public static class SearchKinds
{
    public const string Incident = "incident";

    public static readonly IReadOnlyList<string> All = [Incident];
}
