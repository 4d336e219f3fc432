namespace ItsmOrleans.Contracts.Continuity;

/// <summary>How an invocation ended.</summary>
public enum InvocationOutcome
{
    /// <summary>The services are back: the time taken is measured against the RTO.</summary>
    Recovered = 1,

    /// <summary>The invocation was called off (the normal arrangement came back, or it was invoked in error).</summary>
    StoodDown = 2,
}
