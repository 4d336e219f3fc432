namespace ItsmOrleans.Contracts.Continuity;

/// <summary>Draft → Approved; revising an approved plan makes it a draft again; a plan no longer needed is retired.</summary>
public enum PlanStatus
{
    Draft = 1,
    Approved = 2,
    Retired = 3,
}
