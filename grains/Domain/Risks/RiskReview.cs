using ItsmOrleans.Contracts.Risks;

namespace ItsmOrleans.Domain.Risks;

/// <summary>A risk is reviewed by its review date; an open risk whose review day has passed is overdue (a notice on every board).</summary>
public static class RiskReview
{
    public static bool IsOverdue(RiskStatus status, DateOnly? reviewBy, DateOnly today) =>
        RiskWorkflow.IsOpen(status) && reviewBy is { } date && date < today;

    /// <summary>Whether the risk still needs watching for its review date: open, with a date.</summary>
    public static bool IsWatched(RiskStatus status, DateOnly? reviewBy) => RiskWorkflow.IsOpen(status) && reviewBy is not null;
}
