namespace ItsmOrleans.Domain.Reports;

/// <summary>The names of the facts in the ticket history, as stored and as the report queries select them.</summary>
public static class TicketHistoryEvents
{
    public const string Opened = "opened";
    public const string Acknowledged = "acknowledged";
    public const string Resolved = "resolved";
    public const string Reopened = "reopened";
    public const string Closed = "closed";
    public const string Cancelled = "cancelled";

    /// <summary>An open incident left one priority, service or group for another: out of the old, into the new.</summary>
    public const string MovedOut = "moved_out";
    public const string MovedIn = "moved_in";

    public const string SlaResponse = "sla_response";
    public const string SlaResolution = "sla_resolution";
    public const string ChangeOutcome = "change_outcome";
    public const string ProblemLinked = "problem_linked";

    public const string Met = "met";
    public const string Breached = "breached";

    /// <summary>An SLA repair took back a met or breached outcome: same time and attributes, so the two cancel out.</summary>
    public const string MetWithdrawn = "met_withdrawn";
    public const string BreachedWithdrawn = "breached_withdrawn";
}
