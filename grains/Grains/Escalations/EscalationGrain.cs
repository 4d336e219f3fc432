using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Webhooks;
using ItsmOrleans.Domain.Escalations;

namespace ItsmOrleans.Grains.Escalations;

/// <summary>
/// The escalation of one incident. Each level notifies its people, groups and whoever is on call in its schedules —
/// a work note naming them (@mentions reach them live in every open page) and an "incident.escalated" webhook event
/// for paging gateways — then waits for an acknowledgement before the next level; the levels repeat as the policy
/// says. A grain timer keeps the pace; a reminder resumes it after a restart.
/// </summary>
public sealed class EscalationGrain(
    [PersistentState("escalation", ItsmStorage.Name)] IPersistentState<EscalationState> store,
    TimeProvider time) : Grain, IEscalationGrain, IRemindable
{
    private const string PaceReminder = "escalation-pace";
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);
    private IGrainTimer? _timer;

    private EscalationState State => store.State;

    private Guid Id => this.GetPrimaryKey();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ScheduleTimer();
        return Task.CompletedTask;
    }

    public async Task Start(EscalationStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (State.Started)
        {
            return;
        }

        var policy = await GrainFactory.GetGrain<IEscalationPolicyGrain>(start.PolicyId).Get();
        if (policy is null || start.Priority > policy.MinimumPriority)
        {
            return;
        }

        var incident = await Incident();
        if (incident.Assignee is not null || incident.Status is IncidentStatus.Resolved or IncidentStatus.Closed or IncidentStatus.Cancelled)
        {
            return; // Someone had it before this start arrived.
        }

        (State.PolicyId, State.PolicyName, State.Levels, State.Repeats) = (policy.Id, policy.Name, [.. policy.Levels], policy.Repeats);
        (State.Number, State.Title, State.Status, State.Level, State.Round) = (start.Number, start.Title, EscalationStatus.Active, 0, 0);
        State.Started = true;
        await NotifyLevel(time.GetUtcNow(), incident);
        await Keep();
    }

    public async Task Stop(string by, EscalationStatus why)
    {
        if (!State.Started || State.Status != EscalationStatus.Active)
        {
            return;
        }

        (State.Status, State.StoppedBy, State.StoppedAt, State.NextAt) = (why, by, time.GetUtcNow(), null);
        var what = why == EscalationStatus.Acknowledged ? $"acknowledged by {by}" : $"the incident was {by}";
        await Note($"Escalation stopped at level {State.Level + 1}: {what}.", $"stop:{why}");
        await Keep();
    }

    public Task<EscalationView?> Get() => Task.FromResult(State.Started ? View() : null);

    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName == PaceReminder ? Advance() : Task.CompletedTask;

    /// <summary>The next level is due: notify it, or say the policy is exhausted.</summary>
    private async Task Advance()
    {
        var now = time.GetUtcNow();
        if (State.Status != EscalationStatus.Active || State.NextAt is not { } due || now < due)
        {
            await Keep();
            return;
        }

        // A stop lost in a crash: the incident itself says whether anyone still needs paging.
        var incident = await Incident();
        if (incident.Assignee is not null || incident.Status is IncidentStatus.Resolved or IncidentStatus.Closed or IncidentStatus.Cancelled)
        {
            await Stop(incident.Assignee ?? WireName.Of(incident.Status), incident.Assignee is null ? EscalationStatus.Ended : EscalationStatus.Acknowledged);
            return;
        }

        if (EscalationPlan.Next(State.Levels.Count, State.Repeats, State.Level, State.Round) is not { } next)
        {
            (State.Status, State.NextAt) = (EscalationStatus.Exhausted, null);
            await Note($"Escalation exhausted: policy '{State.PolicyName}' notified every level {State.Round + 1} time(s) and nobody acknowledged.", "exhausted");
            await Keep();
            return;
        }

        (State.Level, State.Round) = next;
        await NotifyLevel(now, incident);
        await Keep();
    }

    /// <summary>
    /// Notifies the current level, then records it. A retry after a crash repeats the note and the webhook event with
    /// the same keys, so neither arrives twice.
    /// </summary>
    private async Task NotifyLevel(DateTimeOffset now, IncidentView incident)
    {
        var level = State.Levels[State.Level];
        var (users, groups, unreachable) = (new List<string>(), new List<string>(), new List<string>());
        foreach (var target in level.Targets)
        {
            switch (target.Kind)
            {
                case EscalationTargetKind.User:
                    users.Add(target.Id);
                    break;
                case EscalationTargetKind.Group:
                    groups.Add(target.Id);
                    break;
                default:
                    var shift = await OnCall(target.Id, now);
                    (shift?.User is { } user ? users : unreachable).Add(shift?.User ?? target.Id);
                    break;
            }
        }

        users = [.. users.Distinct(StringComparer.OrdinalIgnoreCase)];
        var parts = new List<string>();
        if (users.Count > 0)
        {
            parts.Add("paging " + string.Join(", ", users.Select(u => "@" + u)));
        }

        if (groups.Count > 0)
        {
            parts.Add("group " + string.Join(", ", groups));
        }

        if (unreachable.Count > 0)
        {
            parts.Add("nobody on call in " + string.Join(", ", unreachable.Select(s => $"'{s}'")));
        }

        var step = $"{State.Round}:{State.Level}";
        var text = $"Escalation level {State.Level + 1} of {State.Levels.Count}"
            + (State.Round > 0 ? $" (round {State.Round + 1})" : "") + $", policy '{State.PolicyName}': {string.Join("; ", parts)}.";
        await Note(text, $"level:{step}");
        await GrainFactory.GetGrain<IWebhookDirectoryGrain>(0).Dispatch(new WebhookEvent(
            NameBasedGuid.From($"escalation\n{Id}\n{step}"), WebhookEventTypes.Escalated, now, Id, incident.Number, incident.Title,
            incident.Priority.ToString(), WireName.Of(incident.Status), incident.AssignmentGroup, incident.Assignee, text,
            users, groups, State.Level + 1));
        State.Steps.Add(new EscalationStep(now, State.Level, State.Round, users, groups, unreachable));
        State.NextAt = now + level.EscalateAfter;
    }

    private async Task<OnCallShift?> OnCall(string scheduleId, DateTimeOffset at)
    {
        try
        {
            return await GrainFactory.GetGrain<IOnCallScheduleGrain>(scheduleId).WhoIsOnCall(at);
        }
        catch (NotFoundException)
        {
            return null; // A schedule removed since the policy named it: said in the note, and the next level still comes.
        }
    }

    private Task<IncidentView> Incident() => GrainFactory.GetGrain<IIncidentGrain>(Id).Get(Caller.System);

    private Task<IncidentView> Note(string text, string what) =>
        GrainFactory.GetGrain<IIncidentGrain>(Id).AddComment(
            new CommandContext(Caller.System, RequestId: $"escalation:{Id}:{what}"), new AddComment(text, CommentVisibility.WorkNote));

    /// <summary>Saves, then keeps the pace: a timer for the next level and a reminder while the escalation is active.</summary>
    private async Task Keep()
    {
        await store.WriteStateAsync();
        ScheduleTimer();
        var reminder = await this.GetReminder(PaceReminder);
        if (State.Status == EscalationStatus.Active && reminder is null)
        {
            await this.RegisterOrUpdateReminder(PaceReminder, ReminderPeriod, ReminderPeriod);
        }
        else if (State.Status != EscalationStatus.Active && reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private void ScheduleTimer()
    {
        _timer?.Dispose();
        _timer = null;
        if (State.Status == EscalationStatus.Active && State.NextAt is { } due)
        {
            var wait = due - time.GetUtcNow();
            _timer = this.RegisterGrainTimer(_ => Advance(), new GrainTimerCreationOptions(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan));
        }
    }

    private EscalationView View() => new(
        Id, State.PolicyId, State.Status, State.Level, State.Round, State.NextAt, [.. State.Steps], State.StoppedBy, State.StoppedAt);
}
