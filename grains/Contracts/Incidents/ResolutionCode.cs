namespace ItsmOrleans.Contracts.Incidents;

/// <summary>How an incident was resolved.</summary>
public enum ResolutionCode
{
    SolvedPermanently = 1,
    SolvedWorkaround = 2,
    NotReproducible = 3,
    TooCostly = 4,
    ResolvedByCaller = 5,
    Duplicate = 6,

    /// <summary>Every alert grouped into the incident cleared; set by the hub itself, never by a person.</summary>
    ResolvedByMonitoring = 7,
}
