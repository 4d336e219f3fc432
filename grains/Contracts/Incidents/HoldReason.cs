namespace ItsmOrleans.Contracts.Incidents;

/// <summary>Why an incident waits on someone outside the assignment group.</summary>
public enum HoldReason
{
    AwaitingCaller = 1,
    AwaitingChange = 2,
    AwaitingProblem = 3,
    AwaitingVendor = 4,
}
