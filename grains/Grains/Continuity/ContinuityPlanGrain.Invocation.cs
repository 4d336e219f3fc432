using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Continuity;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Grains.Notices;
using ItsmOrleans.Grains.Persistence;

namespace ItsmOrleans.Grains.Continuity;

/// <summary>
/// A plan's invocation: invoked, its steps checked off, its recovery timed against the RTO. While it runs, a grain timer
/// reaches each RTO level on time and a reminder wakes the plan after a crash; each level reached goes into the
/// history, the live list and a notice on every board, which leaves when the invocation ends. The plan's services show
/// it in their health, which passes it on to the services that depend on them.
/// </summary>
public sealed partial class ContinuityPlanGrain : IRemindable
{
    private const string RtoCheck = "rto-check";
    private static readonly TimeSpan RtoCheckPeriod = TimeSpan.FromMinutes(1);

    private IGrainTimer? _rtoTimer;
    private bool _watchingRto;

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        State.ActiveInvocation is null ? Task.CompletedTask : ReachRtoLevels();

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        State.ActiveInvocation is null ? StopWatchingRto() : ReachRtoLevels();

    public Task<ContinuityPlanView> Invoke(CommandContext context, InvokePlan command) =>
        Invocation(context, command, async now =>
        {
            InvocationRules.EnsureCanStart(State.Status, State.Number, State.ActiveInvocation, command);
            if (command.MajorIncidentId is { } major)
            {
                try
                {
                    await GrainFactory.GetGrain<IMajorIncidentGrain>(major).Get(context.Caller);
                }
                catch (NotFoundException)
                {
                    throw new DomainValidationException("majorIncidentId", $"There is no major incident {major}.");
                }
            }

            var objectives = await Task.WhenAll(State.Content!.ServiceIds.Select(async service =>
                (service, (await GrainFactory.GetGrain<IBusinessImpactGrain>(service).Get(context.Caller)).Impact.Objectives)));
            var invocation = InvocationRules.Start(State.Invocations.Count + 1, State.Content, command, context.Actor, now, InvocationRules.TightestRto(objectives));
            State.Invocations.Add(invocation);
            var changes = new FieldChangeList();
            changes.Track("invocation", null, invocation.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new PlanEvent("invoked", changes, invocation.Reason);
        });

    public Task<ContinuityPlanView> CompleteStep(CommandContext context, CompleteStep command) =>
        Invocation(context, command, _ =>
        {
            var active = ActiveOrRefuse();
            var after = InvocationRules.Complete(active, command, context.Actor, time.GetUtcNow());
            State.Invocations[^1] = after;
            var changes = new FieldChangeList();
            changes.Track($"steps[{command.Step}]", null, after.Steps[command.Step - 1].Title);
            return Task.FromResult<PlanEvent?>(new PlanEvent("stepCompleted", changes, after.Steps[command.Step - 1].Note));
        });

    public Task<ContinuityPlanView> EndInvocation(CommandContext context, EndInvocation command) =>
        Invocation(context, command, now =>
        {
            var ended = InvocationRules.End(ActiveOrRefuse(), command, context.Actor, now);
            State.Invocations[^1] = ended;
            var changes = new FieldChangeList();
            changes.Track<Enum?>("outcome", null, ended.Outcome);
            changes.Track("rtoMet", null, ended.RtoMet?.ToString());
            return Task.FromResult<PlanEvent?>(new PlanEvent("invocationEnded", changes, command.Notes?.Trim()));
        });

    private async Task<ContinuityPlanView> Invocation(CommandContext context, object command, Func<DateTimeOffset, Task<PlanEvent?>> apply)
    {
        ArgumentNullException.ThrowIfNull(context);
        var changed = await Commands.Run(context, command, Steps(context, apply) with
        {
            EnsureAllowed = () => EnsureCanRead(context.Caller),
        });
        if (changed)
        {
            Count(command);
        }

        await AnnounceInvocation();
        if (command is InvokePlan or Contracts.Continuity.EndInvocation)
        {
            // Only starting and ending change what the services show; a retry tells them again, which changes nothing.
            await TellServices(State.Invocations[^1].Active);
        }

        await ReachRtoLevels();
        return View();
    }

    /// <summary>The plan's services show the invocation in their health, and pass it on to what depends on them.</summary>
    private async Task TellServices(bool invoked)
    {
        foreach (var service in State.Content!.ServiceIds)
        {
            await GrainFactory.GetGrain<IServiceGrain>(service).SetContinuityPlan(State.Number, invoked);
        }
    }

    /// <summary>Counts what a command did to the invocations, once it is saved.</summary>
    private void Count(object command)
    {
        switch (command)
        {
            case InvokePlan:
                metrics.Invoked();
                break;
            case Contracts.Continuity.EndInvocation:
                metrics.Ended(State.Invocations[^1]);
                break;
        }
    }

    private PlanInvocation ActiveOrRefuse() =>
        State.ActiveInvocation ?? throw new DomainValidationException("status", $"{State.Number} is not invoked.");

    /// <summary>Records every RTO level the invocation under way has reached, then waits for the next one.</summary>
    private async Task ReachRtoLevels()
    {
        var now = time.GetUtcNow();
        if (State.ActiveInvocation is { } active)
        {
            var (advanced, reached) = InvocationRules.Advance(active, now);
            if (reached.Count > 0)
            {
                State.Invocations[^1] = advanced;
                foreach (var level in reached)
                {
                    var changes = new FieldChangeList();
                    changes.Track("rto", null, Level(level));
                    State.History.Add(new PlanHistoryEntry(State.History.Count + 1, State.Version, now, "system", "rtoLevelReached", changes));
                }

                State.Revision++;
                await store.WriteOrForget(this);
                reached.ToList().ForEach(metrics.Reached);
                await Project();
                await AnnounceInvocation();
            }
        }

        await WatchRto(now);
    }

    private async Task WatchRto(DateTimeOffset now)
    {
        _rtoTimer?.Dispose();
        _rtoTimer = null;
        if (State.ActiveInvocation is not { } active)
        {
            await StopWatchingRto();
            return;
        }

        if (InvocationRules.NextDueAt(active) is { } due)
        {
            var wait = due - now;
            _rtoTimer = this.RegisterGrainTimer(_ => ReachRtoLevels(), new GrainTimerCreationOptions(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan));
            if (!_watchingRto)
            {
                await this.RegisterOrUpdateReminder(RtoCheck, RtoCheckPeriod, RtoCheckPeriod);
                _watchingRto = true;
            }
        }
        else
        {
            await StopWatchingRto();
        }
    }

    private async Task StopWatchingRto()
    {
        if (await this.GetReminder(RtoCheck) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _watchingRto = false;
    }

    /// <summary>Tells every board that the plan is invoked and how much of its RTO is gone, or that the invocation ended.</summary>
    private async Task AnnounceInvocation()
    {
        var last = State.Invocations.Count > 0 ? State.Invocations[^1] : null;
        if (last is null)
        {
            return;
        }

        var services = string.Join(", ", State.Content!.ServiceIds);
        var timing = last.RtoDueAt is { } due
            ? last.Reached is { } level
                ? $"{Level(level)} of its {Readable(last.Rto!.Value)} RTO ({last.RtoOf}), due {due:HH:mm} UTC"
                : $"RTO {Readable(last.Rto!.Value)} ({last.RtoOf}), due {due:HH:mm} UTC"
            : "no RTO recorded for its services";
        var done = last.Steps.Count(s => s.DoneAt is not null);
        var text = $"{State.Number} '{State.Content.Title}' invoked for {services} by {last.InvokedBy}: {timing}; {done} of {last.Steps.Count} steps done";
        await NoticeBoard.Post(GrainFactory, notices, new BoardNotice($"continuity:{Id}", NoticeKind.ContinuityPlanInvoked, text, last.InvokedAt, last.Active, State.Revision, last.RtoDueAt));
    }

    private static string Level(SlaLevel level) => level == SlaLevel.Breach ? "breached" : $"{(int)level} % gone";

    private static string Readable(TimeSpan span) =>
        span.TotalDays >= 1 ? $"{span.TotalDays:0.#} d" : span.TotalHours >= 1 ? $"{span.TotalHours:0.#} h" : $"{span.TotalMinutes:0} min";
}
