using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Domain.Incidents;

/// <summary>The ITIL impact × urgency matrix.</summary>
public static class PriorityMatrix
{
    public static Priority For(Impact impact, Urgency urgency) => (impact, urgency) switch
    {
        (Impact.High, Urgency.High) => Priority.P1,
        (Impact.High, Urgency.Medium) => Priority.P2,
        (Impact.Medium, Urgency.High) => Priority.P2,
        (Impact.High, Urgency.Low) => Priority.P3,
        (Impact.Medium, Urgency.Medium) => Priority.P3,
        (Impact.Low, Urgency.High) => Priority.P3,
        (Impact.Medium, Urgency.Low) => Priority.P4,
        (Impact.Low, Urgency.Medium) => Priority.P4,
        (Impact.Low, Urgency.Low) => Priority.P5,
        _ => throw new ArgumentOutOfRangeException(nameof(impact), $"No priority for impact {impact} and urgency {urgency}."),
    };
}
