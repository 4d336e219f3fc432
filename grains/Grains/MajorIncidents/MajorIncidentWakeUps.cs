namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>
/// Wakes a major incident when its stakeholder update next turns due soon or overdue: a grain timer for precision,
/// a reminder for after a crash or deactivation. One per activation, owned by the grain it wakes.
/// </summary>
/// <param name="grain">The major incident grain.</param>
/// <param name="check">What the grain does when woken.</param>
public sealed class MajorIncidentWakeUps(IGrainBase grain, Func<Task> check)
{
    /// <summary>The reminder's name.</summary>
    public const string Reminder = "update-due";

    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    private IGrainTimer? _timer;

    private bool _reminderRegistered;

    /// <summary>Plans the next wake-up at <paramref name="next"/>, if any; the reminder runs while the major incident is active, and only then.</summary>
    public async Task Plan(bool active, DateTimeOffset? next, DateTimeOffset now)
    {
        _timer?.Dispose();
        _timer = null;
        if (next is { } at)
        {
            _timer = grain.RegisterGrainTimer(_ => check(), new GrainTimerCreationOptions(Max(at - now, TimeSpan.Zero), Timeout.InfiniteTimeSpan));
        }

        if (active && !_reminderRegistered)
        {
            await grain.RegisterOrUpdateReminder(Reminder, ReminderPeriod, ReminderPeriod);
            _reminderRegistered = true;
        }
        else if (!active && await grain.GetReminder(Reminder) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
            _reminderRegistered = false;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
