namespace ItsmOrleans.Domain.Escalations;

/// <summary>The order in which an escalation walks its policy: level after level, then the rounds the policy repeats.</summary>
public static class EscalationPlan
{
    /// <summary>The level and round after (<paramref name="level"/>, <paramref name="round"/>); null once the last level of the last round notified.</summary>
    public static (int Level, int Round)? Next(int levels, int repeats, int level, int round) =>
        level + 1 < levels ? (level + 1, round)
        : round < repeats ? (0, round + 1)
        : null;
}
