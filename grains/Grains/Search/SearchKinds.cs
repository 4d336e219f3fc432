namespace ItsmOrleans.Grains.Search;

/// <summary>The kinds of record the search index holds.</summary>
public static class SearchKinds
{
    public const string Incident = "incident";

    /// <summary>Problems and known errors; requesters do not see them.</summary>
    public const string Problem = "problem";

    public static readonly IReadOnlyList<string> All = [Incident, Problem];

    /// <summary>The kinds a requester may find (their own records of them only).</summary>
    public static readonly IReadOnlyList<string> ForRequesters = [Incident];
}
