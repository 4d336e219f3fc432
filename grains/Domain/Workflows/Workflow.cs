using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Domain.Workflows;

/// <summary>A lifecycle as data: the states and the guarded transitions between them.</summary>
public sealed class Workflow<TState, TRequest>
    where TState : struct, Enum
{
    private readonly Dictionary<(TState From, TState To), Transition<TState, TRequest>> _transitions;
    private readonly Func<TState, string> _name;

    public Workflow(IEnumerable<Transition<TState, TRequest>> transitions, Func<TState, string> name)
    {
        _transitions = transitions.ToDictionary(t => (t.From, t.To));
        _name = name;
    }

    /// <summary>The moves people may make from <paramref name="from"/> (automatic ones are left out).</summary>
    public IReadOnlyList<TState> AllowedFrom(TState from) =>
        _transitions.Values.Where(t => !t.Automatic && EqualityComparer<TState>.Default.Equals(t.From, from)).Select(t => t.To).ToList();

    /// <summary>
    /// Throws when the move is not in the table (a conflict naming the moves people may make) or its guard fails (the
    /// field that is missing). An automatic move whose guard fails was asked for by a person, who may not make it: that
    /// is the conflict too, not a field to fill in.
    /// </summary>
    public void EnsureAllowed(TState from, TState to, TRequest request)
    {
        if (!_transitions.TryGetValue((from, to), out var transition))
        {
            throw NotAllowed(from, to);
        }

        if (transition.Guard?.Invoke(request) is { } failure)
        {
            throw transition.Automatic ? NotAllowed(from, to) : new DomainValidationException(failure.Field, failure.Message);
        }
    }

    private InvalidTransitionException NotAllowed(TState from, TState to) =>
        new(_name(from), _name(to), AllowedFrom(from).Select(_name).ToList());
}
