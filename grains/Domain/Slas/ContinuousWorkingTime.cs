using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Domain.Slas;

/// <summary>24×7: every hour counts.</summary>
public sealed class ContinuousWorkingTime : IWorkingTime
{
    public static ContinuousWorkingTime Instance { get; } = new();

    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to) => to > from ? to - from : TimeSpan.Zero;

    public DateTimeOffset Add(DateTimeOffset from, TimeSpan workingTime) => from + workingTime;

    public IReadOnlyList<CountingPeriod>? Periods(DateTimeOffset from, DateTimeOffset until, int limit) => null;
}
