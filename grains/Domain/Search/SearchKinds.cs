namespace ItsmOrleans.Domain.Search;

/// <summary>The kinds of record the search index holds.</summary>
public static class SearchKinds
{
    public const string Incident = "incident";

    public const string ServiceRequest = "service-request";

    public const string Change = "change";

    /// <summary>Problems, known errors among them; requesters do not see them.</summary>
    public const string Problem = "problem";

    /// <summary>Not a kind of its own but a filter: the problems recorded as known errors (their hits say "problem").</summary>
    public const string KnownError = "known-error";

    /// <summary>Services of the portfolio, by name and description; everyone signed in may find them.</summary>
    public const string Service = "service";

    public static readonly IReadOnlyList<string> All = [Incident, ServiceRequest, Change, Problem, KnownError, Service];

    /// <summary>The kinds a requester may find: their own incidents and requests, and the services.</summary>
    public static readonly IReadOnlyList<string> ForRequesters = [Incident, ServiceRequest, Service];
}
