using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;

namespace ItsmOrleans.Grains.Slas;

/// <summary>
/// The arithmetic of one SLA clock: counted time, pauses, thresholds. Immutable; every operation returns a new clock.
/// </summary>
/// <param name="ElapsedBeforeRun">Time counted before the current run (all of it while paused or stopped).</param>
/// <param name="RunningSince">Start of the current run; null unless running.</param>
/// <param name="Reached">The highest threshold already reached; thresholds fire once, in order.</param>
[GenerateSerializer, Immutable, Alias("itsm.SlaClock")]
public sealed record SlaClock(
    SlaClockKind Kind,
    TimeSpan Target,
    SlaClockState State,
    TimeSpan ElapsedBeforeRun,
    DateTimeOffset? RunningSince,
    DateTimeOffset? StoppedAt,
    SlaLevel? Reached)
{
    public static SlaClock Start(SlaClockKind kind, TimeSpan target, DateTimeOffset at) =>
        new(kind, target, SlaClockState.Running, TimeSpan.Zero, at, null, null);

    public TimeSpan ElapsedAt(DateTimeOffset at, IWorkingTime time) =>
        State == SlaClockState.Running && RunningSince is { } since
            ? ElapsedBeforeRun + time.Between(since, at)
            : ElapsedBeforeRun;

    public SlaClock Run(DateTimeOffset at) =>
        State == SlaClockState.Running ? this : this with { State = SlaClockState.Running, RunningSince = at, StoppedAt = null };

    public SlaClock Pause(DateTimeOffset at, IWorkingTime time) =>
        State == SlaClockState.Paused ? this : Halt(at, time) with { State = SlaClockState.Paused, StoppedAt = null };

    public SlaClock Stop(DateTimeOffset at, IWorkingTime time) =>
        State == SlaClockState.Stopped ? this : Halt(at, time) with { State = SlaClockState.Stopped, StoppedAt = at };

    /// <summary>Brings the clock to the state its record wants, with the target of the record's current priority.</summary>
    public SlaClock Toward(SlaClockState desired, TimeSpan target, DateTimeOffset at, IWorkingTime time) => (desired switch
    {
        SlaClockState.Running => Run(at),
        SlaClockState.Paused => Pause(at, time),
        SlaClockState.Stopped => Stop(at, time),
        _ => throw new ArgumentOutOfRangeException(nameof(desired), desired, "Unknown clock state."),
    }).Retarget(target);

    /// <summary>The calendar changed: the time counted so far (under <paramref name="previous"/>) stays; the new calendar counts from <paramref name="at"/>.</summary>
    public SlaClock Recount(DateTimeOffset at, IWorkingTime previous) =>
        State == SlaClockState.Running ? this with { ElapsedBeforeRun = ElapsedAt(at, previous), RunningSince = at } : this;

    /// <summary>The priority changed: the time already counted stays, the target moves.</summary>
    public SlaClock Retarget(TimeSpan target) => this with { Target = target };

    public SlaLevel? NextLevel => SlaThresholds.Levels.Where(l => Reached is null || l > Reached).Cast<SlaLevel?>().FirstOrDefault();

    /// <summary>When <paramref name="level"/> is reached if the clock keeps running; null unless running.</summary>
    public DateTimeOffset? DueAt(SlaLevel level, IWorkingTime time)
    {
        if (State != SlaClockState.Running || RunningSince is not { } since)
        {
            return null;
        }

        var left = SlaThresholds.At(Target, level) - ElapsedBeforeRun;
        return left <= TimeSpan.Zero ? since : time.Add(since, left);
    }

    /// <summary>When the next threshold falls due; null when none is left or the clock is not running.</summary>
    public DateTimeOffset? NextDueAt(IWorkingTime time) => NextLevel is { } level ? DueAt(level, time) : null;

    /// <summary>Marks every threshold reached by <paramref name="now"/> and returns them in order. Stopped clocks reach nothing.</summary>
    public (SlaClock Clock, IReadOnlyList<SlaLevel> Reached) Advance(DateTimeOffset now, IWorkingTime time)
    {
        if (State == SlaClockState.Stopped)
        {
            return (this, []);
        }

        var elapsed = ElapsedAt(now, time);
        var reached = SlaThresholds.Levels
            .Where(l => (Reached is null || l > Reached) && SlaThresholds.At(Target, l) <= elapsed)
            .ToList();
        return reached.Count == 0 ? (this, reached) : (this with { Reached = reached[^1] }, reached);
    }

    /// <summary>
    /// The clock as of <paramref name="now"/>. A running business-hours clock also lists the stretches in which it counts
    /// from now until a week past its breach, so boards can tick it between messages.
    /// </summary>
    public SlaClockView ToView(DateTimeOffset now, IWorkingTime time, string? calendarId = null)
    {
        var due = DueAt(SlaLevel.Breach, time);
        var periods = State == SlaClockState.Running && due is { } breach ? time.Periods(now, Max(breach, now) + PeriodsPastBreach, MaxPeriods) : null;
        return new(Kind, State, Target, ElapsedAt(now, time), now, due, StoppedAt, Reached, calendarId, periods);
    }

    private const int MaxPeriods = 64;
    private static readonly TimeSpan PeriodsPastBreach = TimeSpan.FromDays(7);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private SlaClock Halt(DateTimeOffset at, IWorkingTime time) =>
        this with { ElapsedBeforeRun = ElapsedAt(at, time), RunningSince = null };
}
