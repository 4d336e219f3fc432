namespace ItsmOrleans.Grains.Workflows;

/// <summary>An allowed move between two states; the guard names what is missing, or returns null when the move may happen.</summary>
public sealed record Transition<TState, TRequest>(TState From, TState To, Func<TRequest, GuardFailure?>? Guard = null)
    where TState : struct, Enum;
