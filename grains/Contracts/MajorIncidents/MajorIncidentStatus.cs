namespace ItsmOrleans.Contracts.MajorIncidents;

/// <summary>Active → Resolved (service restored) → Review (post-incident review) → Closed; Active may be cancelled.</summary>
public enum MajorIncidentStatus
{
    Active = 1,
    Resolved = 2,
    Review = 3,
    Closed = 4,
    Cancelled = 5,
}
