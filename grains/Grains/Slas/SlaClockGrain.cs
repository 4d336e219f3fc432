using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Persistence;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Slas;

/// <summary>
/// One SLA clock. A grain timer fires each threshold on time while the clock is active; a reminder set to the same
/// instant wakes the clock after a crash or deactivation. Events stay in the state until the incident acknowledges them,
/// and the reminder keeps retrying their delivery every recovery period.
/// </summary>
public sealed class SlaClockGrain(
    [PersistentState("clock", ItsmStorage.Name)] IPersistentState<SlaClockGrainState> store,
    IOptions<SlaClockOptions> options,
    IOptions<ReminderOptions> reminderOptions,
    SlaMetrics metrics,
    TimeProvider time) : Grain, ISlaClockGrain, IRemindable
{
    private const string WakeUpReminder = "sla-wake-up";

    // Timers and reminders refuse due times beyond ~49 days; a longer wait is taken in steps.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    private IWorkingTime? _workingTime;
    private IGrainTimer? _timer;
    private DateTimeOffset? _timerDueAt;

    // The wake-up reminder as this activation knows it. After activation its due time is unknown and it may exist.
    private DateTimeOffset? _wakeUpAt;
    private bool _reminderMayExist = true;

    private SlaClockGrainState State => store.State;

    private IWorkingTime WorkingTime => _workingTime ??=
        State.Calendar is { } calendar ? new BusinessCalendarWorkingTime(calendar) : ContinuousWorkingTime.Instance;

    private SlaClockKind Kind => SlaClockKey.Parse(KeyExtension());

    private TimeSpan RecoveryPeriod => options.Value.RecoveryPeriod > reminderOptions.Value.MinimumReminderPeriod
        ? options.Value.RecoveryPeriod
        : reminderOptions.Value.MinimumReminderPeriod;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Clock is not null)
        {
            await Evaluate(dirty: false);
        }
    }

    public async Task<SlaClockView> Apply(SlaClockInstruction instruction)
    {
        if (State.Clock is not null && !instruction.Resync && instruction.IncidentVersion < State.AppliedVersion)
        {
            return View();
        }

        var before = State.Clock;
        var clock = before ?? SlaClock.Start(Kind, instruction.Target, instruction.At);
        var recalendared = !Equals(State.Calendar, instruction.Calendar);
        if (recalendared)
        {
            // A policy or calendar change mid-flight: what was counted stays, the new hours count from now on.
            clock = clock.Recount(instruction.At, WorkingTime);
            (State.Calendar, _workingTime) = (instruction.Calendar, null);
        }

        clock = clock.Toward(instruction.Desired, instruction.Target, instruction.At, WorkingTime);
        State.IncidentId = instruction.IncidentId;
        State.Owner = instruction.Owner;
        State.AppliedVersion = instruction.IncidentVersion;
        State.Clock = clock;
        await Evaluate(dirty: recalendared || clock != before);
        return View();
    }

    public Task<SlaClockView> Get() => Task.FromResult(View());

    public async Task<SlaClockView> Correct(SlaClockCorrection correction)
    {
        if (State.Clock is not null && correction.IncidentVersion < State.AppliedVersion)
        {
            return View();
        }

        var corrected = new SlaClock(
            Kind, correction.Target, correction.State, correction.ElapsedBeforeRun, correction.RunningSince, correction.StoppedAt, correction.Reached);
        var shift = SlaThresholdShift.Between(State.Clock?.Reached, corrected.Reached);
        State.Clock = corrected;
        (State.Calendar, _workingTime) = (correction.Calendar, null);
        State.IncidentId = correction.IncidentId;
        State.AppliedVersion = correction.IncidentVersion;
        await Evaluate(dirty: true, revealed: shift.Revealed);
        return View();
    }

    public Task Acknowledge(int sequence) =>
        State.Undelivered.RemoveAll(e => e.Sequence <= sequence) > 0 ? Evaluate(dirty: true) : Task.CompletedTask;

    public async Task Retire()
    {
        _timer?.Dispose();
        _timerDueAt = null;
        await RemoveWakeUp();
        await store.ClearStateAsync();
        DeactivateOnIdle();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // The reminder now repeats every recovery period from here; set it again to the next due time, if any.
        (_wakeUpAt, _reminderMayExist) = (null, true);
        return State.Clock is null ? RemoveWakeUp() : Evaluate(dirty: false);
    }

    /// <summary>
    /// Fires every threshold reached by now, plans the wake-ups, persists, then (re)delivers the events the incident
    /// has not acknowledged: an event is durable before anyone hears of it.
    /// </summary>
    /// <param name="revealed">Thresholds a correction says were reached without having fired: they fire first, the same way.</param>
    private async Task Evaluate(bool dirty, IReadOnlyList<SlaLevel>? revealed = null)
    {
        var now = time.GetUtcNow();
        var clock = State.Clock!;
        var (advanced, reached) = clock.Advance(now, WorkingTime);
        IReadOnlyList<SlaLevel> firing = revealed is { Count: > 0 } ? [.. revealed, .. reached] : reached;
        var fired = new List<SlaEvent>(firing.Count);
        foreach (var level in firing)
        {
            var dueAt = clock.DueAt(level, WorkingTime) ?? now;
            fired.Add(new SlaEvent(++State.LastSequence, clock.Kind, level, dueAt, now));
        }

        State.Undelivered.AddRange(fired);

        State.Clock = advanced;
        var wanted = WantedWakeUp(now);

        // Adding or bringing forward a wake-up is safe before the state is saved (a needless wake-up finds nothing to do);
        // removing or postponing one waits until the state that no longer needs it is saved.
        if (wanted is { } sooner && (_wakeUpAt is null || sooner < _wakeUpAt))
        {
            await SetWakeUp(sooner, now);
        }

        if (dirty || fired.Count > 0)
        {
            await Save();
        }

        fired.ForEach(metrics.Reached);

        if (wanted is { } later && later != _wakeUpAt)
        {
            await SetWakeUp(later, now);
        }
        else if (wanted is null)
        {
            await RemoveWakeUp();
        }

        if (State.Undelivered.Count > 0)
        {
            await Owner().OnSlaEvents([.. State.Undelivered], View());
        }

        UpdateTimer(now);
    }

    /// <summary>The next threshold, or sooner while events wait for the incident's acknowledgement.</summary>
    private DateTimeOffset? WantedWakeUp(DateTimeOffset now)
    {
        var next = State.Clock?.NextDueAt(WorkingTime);
        DateTimeOffset? retry = State.Undelivered.Count == 0 ? null
            : _wakeUpAt is { } current && current <= now + RecoveryPeriod ? current // a repeating reminder already covers it
            : now + RecoveryPeriod;
        return next is null ? retry : retry is null ? next : next < retry ? next : retry;
    }

    private async Task SetWakeUp(DateTimeOffset at, DateTimeOffset now)
    {
        await this.RegisterOrUpdateReminder(WakeUpReminder, Wait(at - now), RecoveryPeriod);
        (_wakeUpAt, _reminderMayExist) = (at, true);
    }

    private async Task RemoveWakeUp()
    {
        if (!_reminderMayExist)
        {
            return;
        }

        if (await this.GetReminder(WakeUpReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        (_wakeUpAt, _reminderMayExist) = (null, false);
    }

    private Task Save() => store.WriteOrForget(this);

    private void UpdateTimer(DateTimeOffset now)
    {
        var next = State.Clock?.NextDueAt(WorkingTime);
        if (next == _timerDueAt)
        {
            return;
        }

        _timer?.Dispose();
        _timer = next is { } due
            ? this.RegisterGrainTimer(OnTimer, new GrainTimerCreationOptions(Wait(due - now), Timeout.InfiniteTimeSpan))
            : null;
        _timerDueAt = next;
    }

    private Task OnTimer(CancellationToken cancellationToken)
    {
        // Cleared first so that a timer firing a hair early (or a long wait taken in steps) is simply set again.
        _timerDueAt = null;
        return Evaluate(dirty: false);
    }

    private ISlaEventSink Owner() =>
        State.Owner is { } owner ? GrainFactory.GetGrain<ISlaEventSink>(owner) : GrainFactory.GetGrain<IIncidentGrain>(State.IncidentId);

    private SlaClockView View() =>
        State.Clock?.ToView(time.GetUtcNow(), WorkingTime, State.Calendar?.Id) ?? throw new NotFoundException("This SLA clock has not started.");

    private string KeyExtension()
    {
        this.GetPrimaryKey(out var extension);
        return extension ?? throw new InvalidOperationException("SLA clock grains are keyed by incident id and clock kind.");
    }

    private static TimeSpan Wait(TimeSpan span) =>
        span <= TimeSpan.Zero ? TimeSpan.Zero : span > LongestWait ? LongestWait : span;
}
