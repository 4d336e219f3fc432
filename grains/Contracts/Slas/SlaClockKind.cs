namespace ItsmOrleans.Contracts.Slas;

/// <summary>The two promises an SLA makes about an incident.</summary>
public enum SlaClockKind
{
    /// <summary>Time until someone first responds (assignment or a public reply).</summary>
    Response = 1,

    /// <summary>Time until the incident is resolved, not counting time on hold.</summary>
    Resolution = 2,
}
