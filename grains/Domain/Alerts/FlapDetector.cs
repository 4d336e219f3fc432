namespace ItsmOrleans.Domain.Alerts;

/// <summary>
/// Flapping: an alert that opens and resolves again and again. Counting its transitions (a trigger after a resolve,
/// a resolve after a trigger) in a sliding window tells when it flaps; a quiet period without transitions settles it.
/// </summary>
public sealed record FlapDetector(int Transitions, TimeSpan Window, TimeSpan QuietPeriod)
{
    public static FlapDetector From(AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(Math.Max(2, options.FlapTransitions), options.FlapWindow, options.FlapQuietPeriod);
    }

    /// <summary>Records a transition at <paramref name="at"/>, keeping only what the window still needs.</summary>
    public void Record(List<DateTimeOffset> history, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(history);
        history.Add(at);
        history.RemoveAll(t => t <= at - Window);
        while (history.Count > Transitions)
        {
            history.RemoveAt(0);
        }
    }

    /// <summary>True when the window ending at <paramref name="now"/> holds enough transitions to call the alert flapping.</summary>
    public bool IsFlapping(IReadOnlyList<DateTimeOffset> history, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Count(t => t > now - Window) >= Transitions;
    }

    /// <summary>When a flapping alert whose last transition was at <paramref name="lastTransition"/> settles.</summary>
    public DateTimeOffset SettlesAt(DateTimeOffset lastTransition) => lastTransition + QuietPeriod;
}
