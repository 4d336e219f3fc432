namespace ItsmOrleans.Contracts.Changes;

/// <summary>Where a change is in its lifecycle: New → Assess → Authorize → Scheduled → Implement → Review → Closed, or Cancelled.</summary>
public enum ChangeStatus
{
    New = 1,
    Assess = 2,
    Authorize = 3,
    Scheduled = 4,
    Implement = 5,
    Review = 6,
    Closed = 7,
    Cancelled = 8,
}
