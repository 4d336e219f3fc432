namespace ItsmOrleans.Contracts.Changes;

/// <summary>Why a change's schedule clashes with something else.</summary>
public enum ConflictKind
{
    /// <summary>Another change on the same service in an overlapping window.</summary>
    SameService = 1,

    /// <summary>Another change, in an overlapping window, on a service this one depends on or that depends on this one.</summary>
    DependentService = 2,

    /// <summary>The window is not inside one of the service's maintenance windows.</summary>
    OutsideMaintenanceWindow = 3,

    /// <summary>The window overlaps a change freeze (blackout period).</summary>
    Freeze = 4,

    /// <summary>The implementer carries out another change in an overlapping window.</summary>
    ImplementerDoubleBooked = 5,
}
