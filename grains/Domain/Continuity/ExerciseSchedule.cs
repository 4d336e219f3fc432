namespace ItsmOrleans.Domain.Continuity;

/// <summary>A continuity plan is proven by exercising it: one whose last successful exercise is older than its policy allows (or that never had one) is overdue.</summary>
public static class ExerciseSchedule
{
    public static bool IsOverdue(DateOnly? lastSuccessful, int everyMonths, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(everyMonths, 1);
        return lastSuccessful is not { } last || last.AddMonths(everyMonths) < today;
    }
}
