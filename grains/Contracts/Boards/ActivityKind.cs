namespace ItsmOrleans.Contracts.Boards;

/// <summary>What happened, as shown in a board's activity feed.</summary>
public enum ActivityKind
{
    Created = 1,
    Updated = 2,
    Assigned = 3,
    StatusChanged = 4,
    Commented = 5,
    SlaThreshold = 6,
}
