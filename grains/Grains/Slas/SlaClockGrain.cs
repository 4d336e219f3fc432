using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Slas;

/// <summary>
/// One SLA clock. A grain timer fires each threshold on time while the clock is active; a reminder set to the same
/// instant wakes the clock after a crash or deactivation. Events stay in the state until the incident acknowledges them.
/// </summary>
public sealed class SlaClockGrain(
    [PersistentState("clock", ItsmStorage.Name)] IPersistentState<SlaClockGrainState> store,
    IWorkingTime workingTime,
    IOptions<SlaClockOptions> options,
    IOptions<ReminderOptions> reminderOptions,
    TimeProvider time) : Grain, ISlaClockGrain, IRemindable
{
    private const string WakeUpReminder = "sla-wake-up";

    private IGrainTimer? _timer;
    private DateTimeOffset? _timerDueAt;

    private SlaClockGrainState State => store.State;

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
        clock = instruction.Desired switch
        {
            SlaClockState.Running => clock.Run(instruction.At),
            SlaClockState.Paused => clock.Pause(instruction.At, workingTime),
            SlaClockState.Stopped => clock.Stop(instruction.At, workingTime),
            _ => throw new ArgumentOutOfRangeException(nameof(instruction), instruction.Desired, "Unknown clock state."),
        };
        clock = clock.Retarget(instruction.Target);
        State.IncidentId = instruction.IncidentId;
        State.AppliedVersion = instruction.IncidentVersion;
        State.Clock = clock;
        await Evaluate(dirty: clock != before);
        return View();
    }

    public Task<SlaClockView> Get() => Task.FromResult(View());

    public async Task Acknowledge(int sequence)
    {
        if (State.Undelivered.RemoveAll(e => e.Sequence <= sequence) > 0)
        {
            await UpdateWakeUp(time.GetUtcNow(), reminderFired: false);
            await store.WriteStateAsync();
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Evaluate(dirty: false, reminderFired: true);

    /// <summary>
    /// Fires every threshold reached by now, plans the next wake-ups, persists, then (re)delivers the events the incident
    /// has not acknowledged: an event is durable before anyone hears of it.
    /// </summary>
    private async Task Evaluate(bool dirty, bool reminderFired = false)
    {
        var now = time.GetUtcNow();
        if (State.Clock is { } clock)
        {
            var (advanced, reached) = clock.Advance(now, workingTime);
            foreach (var level in reached)
            {
                var dueAt = clock.DueAt(level, workingTime) ?? now;
                State.Undelivered.Add(new SlaEvent(++State.LastSequence, clock.Kind, level, dueAt, now));
            }

            State.Clock = advanced;
            dirty |= reached.Count > 0;
        }

        dirty |= await UpdateWakeUp(now, reminderFired);
        if (dirty)
        {
            await store.WriteStateAsync();
        }

        if (State.Undelivered.Count > 0)
        {
            await GrainFactory.GetGrain<IIncidentGrain>(State.IncidentId).OnSlaEvents([.. State.Undelivered], View());
        }

        UpdateTimer(now);
    }

    /// <summary>
    /// Keeps the durable reminder at the next threshold (or, with only undelivered events left, at any time: it repeats
    /// every recovery period). Its due time is kept in the state so a reactivated clock does not register it again.
    /// Returns whether the state changed.
    /// </summary>
    private async Task<bool> UpdateWakeUp(DateTimeOffset now, bool reminderFired)
    {
        var next = State.Clock?.NextDueAt(workingTime);
        var wanted = next ?? (State.Undelivered.Count > 0 ? State.WakeUpAt ?? now + RecoveryPeriod : null);
        if (wanted == State.WakeUpAt && !(wanted is null && reminderFired))
        {
            return false;
        }

        if (wanted is { } wakeUp)
        {
            await this.RegisterOrUpdateReminder(WakeUpReminder, Positive(wakeUp - now), RecoveryPeriod);
        }
        else if (await this.GetReminder(WakeUpReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        State.WakeUpAt = wanted;
        return true;
    }

    private void UpdateTimer(DateTimeOffset now)
    {
        var next = State.Clock?.NextDueAt(workingTime);
        if (next == _timerDueAt)
        {
            return;
        }

        _timer?.Dispose();
        _timer = next is { } due
            ? this.RegisterGrainTimer(OnTimer, new GrainTimerCreationOptions(Positive(due - now), Timeout.InfiniteTimeSpan))
            : null;
        _timerDueAt = next;
    }

    private Task OnTimer(CancellationToken cancellationToken)
    {
        // Cleared first so that a timer firing a hair early is simply set again for the remainder.
        _timerDueAt = null;
        return Evaluate(dirty: false);
    }

    private SlaClockView View() =>
        State.Clock?.ToView(time.GetUtcNow(), workingTime) ?? throw new NotFoundException("This SLA clock has not started.");

    private string KeyExtension()
    {
        this.GetPrimaryKey(out var extension);
        return extension ?? throw new InvalidOperationException("SLA clock grains are keyed by incident id and clock kind.");
    }

    private static TimeSpan Positive(TimeSpan span) => span > TimeSpan.Zero ? span : TimeSpan.Zero;
}
