namespace ItsmOrleans.Web.Demo;

/// <summary>
/// The demo organisation's times, counted in days from the day (UTC) its seeding began: the same day on every resumed
/// run, so a change planned "in three days" is the same change whenever the seeding is finished.
/// </summary>
public sealed class DemoTime(DateTimeOffset begunAt)
{
    private readonly DateOnly _today = DateOnly.FromDateTime(begunAt.UtcDateTime);

    public DateOnly Day(int fromToday) => _today.AddDays(fromToday);

    public DateTimeOffset At(int day, TimeOnly time) => new(Day(day).ToDateTime(time), TimeSpan.Zero);
}
