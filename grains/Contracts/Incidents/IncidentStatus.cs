namespace ItsmOrleans.Contracts.Incidents;

/// <summary>The stages of an incident's lifecycle.</summary>
public enum IncidentStatus
{
    New = 1,
    Assigned = 2,
    InProgress = 3,
    OnHold = 4,
    Resolved = 5,
    Closed = 6,
    Cancelled = 7,
}
