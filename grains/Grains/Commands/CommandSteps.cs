using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Grains.Commands;

/// <summary>
/// What one versioned command is to its record, in the record's own rules: who may run it, whether a caller's version
/// is current, how it changes the state, and what follows the change before and after it is saved.
/// </summary>
/// <typeparam name="TChange">What the command changed, as the record describes it: null (or false) when it changed nothing.</typeparam>
public sealed record CommandSteps<TChange>
{
    /// <summary>Refuses a caller who may not run the command. It runs first, so that a replay shows nobody what they may not see.</summary>
    public Action? EnsureAllowed { get; init; }

    /// <summary>Refuses a command based on the given version when the record does; without it, any version but the current one is refused.</summary>
    public Action<int>? EnsureCurrent { get; init; }

    /// <summary>Reads what the command needs from elsewhere, or checks that what it names exists, once it is known to be allowed, new and current.</summary>
    public Func<Task>? LookUp { get; init; }

    /// <summary>
    /// Checks the command (asking other grains if it must), then changes the state and says what changed. What it refuses
    /// (a <see cref="DomainException"/>) it refuses before it changes anything.
    /// </summary>
    public required Func<DateTimeOffset, Task<TChange?>> Apply { get; init; }

    /// <summary>What the change brings with it before it is saved: its history entry, its clocks, the records it tells.</summary>
    public Func<TChange, DateTimeOffset, Task>? BeforeSave { get; init; }

    /// <summary>What follows once it is saved: the read model, the boards, those who follow the record.</summary>
    public Func<TChange, DateTimeOffset, Task>? AfterSave { get; init; }
}
