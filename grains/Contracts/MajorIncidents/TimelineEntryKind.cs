namespace ItsmOrleans.Contracts.MajorIncidents;

/// <summary>What a timeline entry records.</summary>
public enum TimelineEntryKind
{
    Promoted = 1,
    Note = 2,
    StakeholderUpdate = 3,
    StatusChanged = 4,
    CommanderChanged = 5,
    ChildAdded = 6,
    ChildRemoved = 7,
    ChildChanged = 8,
    UpdateDueSoon = 9,
    UpdateOverdue = 10,
    ReviewRecorded = 11,
    CadenceChanged = 12,
}
