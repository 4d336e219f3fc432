namespace ItsmOrleans.Contracts.MajorIncidents;

/// <summary>Where the next stakeholder update stands.</summary>
public enum UpdateDueState
{
    /// <summary>The major incident is not active: no updates are due.</summary>
    None = 1,
    OnTrack = 2,

    /// <summary>Due within the warning period before the cadence runs out.</summary>
    DueSoon = 3,
    Overdue = 4,
}
