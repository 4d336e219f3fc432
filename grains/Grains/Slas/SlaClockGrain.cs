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
    private DateTimeOffset? _wakeUpAt;

    // Null until known: after activation a reminder may or may not exist from an earlier life.
    private bool? _reminderExists;

    private SlaClockGrainState State => store.State;

    private SlaClockKind Kind => SlaClockKey.Parse(KeyExtension());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Clock is not null)
        {
            await Evaluate(dirty: false);
        }
    }

    public async Task<SlaClockView> Apply(SlaClockInstruction instruction)
    {
        if (State.Clock is not null && instruction.IncidentVersion < State.AppliedVersion)
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
            await store.WriteStateAsync();
            await Schedule(time.GetUtcNow());
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _wakeUpAt = null;
        _reminderExists = true;
        return State.Clock is null ? StopWakeUps() : Evaluate(dirty: false);
    }

    /// <summary>Fires every threshold reached by now, persists, (re)delivers unacknowledged events and plans the next wake-up.</summary>
    private async Task Evaluate(bool dirty)
    {
        var clock = State.Clock!;
        var now = time.GetUtcNow();
        var (advanced, reached) = clock.Advance(now, workingTime);
        foreach (var level in reached)
        {
            var dueAt = clock.DueAt(level, workingTime) ?? now;
            State.Undelivered.Add(new SlaEvent(++State.LastSequence, clock.Kind, level, dueAt, now));
        }

        State.Clock = advanced;
        if (dirty || reached.Count > 0)
        {
            await store.WriteStateAsync();
        }

        if (State.Undelivered.Count > 0)
        {
            await GrainFactory.GetGrain<IIncidentGrain>(State.IncidentId).OnSlaEvents([.. State.Undelivered], View());
        }

        await Schedule(now);
    }

    private async Task Schedule(DateTimeOffset now)
    {
        var next = State.Clock?.NextDueAt(workingTime);
        if (next != _timerDueAt)
        {
            _timer?.Dispose();
            _timer = next is { } due
                ? this.RegisterGrainTimer(OnTimer, new GrainTimerCreationOptions(Positive(due - now), Timeout.InfiniteTimeSpan))
                : null;
            _timerDueAt = next;
        }

        var retry = options.Value.RecoveryPeriod > reminderOptions.Value.MinimumReminderPeriod
            ? options.Value.RecoveryPeriod
            : reminderOptions.Value.MinimumReminderPeriod;
        var wakeUp = next ?? (State.Undelivered.Count > 0 ? now + retry : null);
        if (wakeUp is null)
        {
            await StopWakeUps();
        }
        else if (wakeUp != _wakeUpAt)
        {
            await this.RegisterOrUpdateReminder(WakeUpReminder, Positive(wakeUp.Value - now), retry);
            _wakeUpAt = wakeUp;
            _reminderExists = true;
        }
    }

    private async Task OnTimer(CancellationToken cancellationToken)
    {
        _timerDueAt = null;
        await Evaluate(dirty: false);
    }

    private async Task StopWakeUps()
    {
        if (_reminderExists == false)
        {
            return;
        }

        if (await this.GetReminder(WakeUpReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _wakeUpAt = null;
        _reminderExists = false;
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
