namespace ItsmOrleans.Domain.Workflows;

/// <summary>An allowed move between two states; the guard names what is missing, or returns null when the move may happen.</summary>
/// <param name="Automatic">Made by the hub itself (for example when monitoring clears an incident): never offered to people.</param>
public sealed record Transition<TState, TRequest>(TState From, TState To, Func<TRequest, GuardFailure?>? Guard = null, bool Automatic = false)
    where TState : struct, Enum;
