using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Grains.Incidents;
using ItsmOrleans.Grains.ReadModels;
using ItsmOrleans.Grains.Requests;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>
/// One major incident. Commands are versioned and idempotent; each change goes on the timeline, into the read model
/// and onto every board's banner. While active, a grain timer marks the next stakeholder update due soon and overdue
/// on time; a reminder wakes the grain for it after a crash or deactivation.
/// </summary>
public sealed class MajorIncidentGrain(
    [PersistentState("major-incident", ItsmStorage.Name)] IPersistentState<MajorIncidentState> store,
    IMajorIncidentProjection projection,
    IOptions<MajorIncidentOptions> options,
    TimeProvider time,
    ILogger<MajorIncidentGrain> logger) : Grain, IMajorIncidentGrain, IRemindable
{
    private const string UpdateReminder = "update-due";
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    private IGrainTimer? _timer;
    private bool _reminderRegistered;

    private MajorIncidentState State => store.State;

    private Guid Id => this.GetPrimaryKey();

    private TimeSpan Warning => UpdateCadence.Warning(State.Cadence, options.Value.DueSoonWarning);

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        State.Created ? CheckCadence() : Task.CompletedTask;

    public async Task<MajorIncidentView> Promote(CommandContext context, PromoteIncidents command)
    {
        if (!MajorIncidentAccess.CanRun(context.Caller))
        {
            throw new ForbiddenException("Only agents and admins promote major incidents.");
        }

        if (State.Created)
        {
            return RequestLedger.WasApplied(context.RequestId, command, State.CreateRequest, State.RecentRequests)
                ? View()
                : throw new VersionConflictException(0, State.Version);
        }

        MajorIncidentRules.Validate(command, options.Value);
        var ids = new[] { command.PrimaryIncidentId }.Concat(command.RelatedIncidentIds).Distinct().ToList();
        var incidents = new List<IncidentView>();
        foreach (var id in ids)
        {
            incidents.Add(await GrainFactory.GetGrain<IIncidentGrain>(id).Get(context.Caller));
        }

        var primary = incidents[0];
        if (primary.Priority != Priority.P1 && string.IsNullOrWhiteSpace(command.OverrideReason))
        {
            throw new DomainValidationException("primaryIncidentId", $"{primary.Number} is {primary.Priority}; promote a P1, or give an override reason.");
        }

        if (incidents.Find(i => i.MajorIncident is not null && i.MajorIncident.Id != Id) is { } taken)
        {
            throw new DomainValidationException("relatedIncidentIds", $"{taken.Number} is already handled under {taken.MajorIncident!.Number}.");
        }

        var number = await GrainFactory.GetGrain<ITicketNumberGrain>(TicketNumber.MajorIncidentPrefix).Next();
        var reference = new MajorIncidentReference(Id, number);
        var joined = new List<IncidentView>();
        foreach (var incident in incidents)
        {
            joined.Add(await GrainFactory.GetGrain<IIncidentGrain>(incident.Id).JoinMajorIncident(context with { ExpectedVersion = null }, reference));
        }

        var now = time.GetUtcNow();
        State.Created = true;
        State.Number = number;
        State.Title = command.Title.Trim();
        State.Status = MajorIncidentStatus.Active;
        State.Commander = command.Commander.Trim();
        State.PrimaryIncidentId = primary.Id;
        State.Children = [.. joined.Select(Child)];
        State.Cadence = command.UpdateCadence ?? options.Value.UpdateCadence;
        State.PromotedAt = now;
        State.NextUpdateDue = UpdateCadence.NextDue(now, State.Cadence);
        State.UpdateDue = UpdateDueState.OnTrack;
        State.CreateRequest = RequestLedger.ForCreate(context.RequestId, command);
        var reason = string.IsNullOrWhiteSpace(command.OverrideReason) ? "" : $" ({primary.Priority}: {command.OverrideReason.Trim()})";
        Add(now, context.Actor, TimelineEntryKind.Promoted, $"{primary.Number} promoted to major incident {number}{reason}; commander {State.Commander}");
        foreach (var child in State.Children.Skip(1))
        {
            Add(now, context.Actor, TimelineEntryKind.ChildAdded, $"{child.Number} added: {child.Title}");
        }

        return await Commit(now);
    }

    public Task<MajorIncidentView> Get(Caller caller)
    {
        MajorIncidentAccess.EnsureCanRead(caller, State);
        return Task.FromResult(View());
    }

    public Task<MajorIncidentView> AddChild(CommandContext context, Guid incidentId) =>
        Mutate(context, ("add", incidentId), async now =>
        {
            EnsureNotFinal();
            if (State.Children.Exists(c => c.Id == incidentId))
            {
                return false;
            }

            if (State.Children.Count >= MajorIncidentRules.MaxChildren)
            {
                throw new DomainValidationException("incidentId", $"At most {MajorIncidentRules.MaxChildren} incidents in one major incident.");
            }

            var joined = await GrainFactory.GetGrain<IIncidentGrain>(incidentId)
                .JoinMajorIncident(context with { ExpectedVersion = null }, new MajorIncidentReference(Id, State.Number));
            State.Children.Add(Child(joined));
            Add(now, context.Actor, TimelineEntryKind.ChildAdded, $"{joined.Number} added: {joined.Title}");
            return true;
        });

    public Task<MajorIncidentView> RemoveChild(CommandContext context, Guid incidentId) =>
        Mutate(context, ("remove", incidentId), async now =>
        {
            EnsureNotFinal();
            if (State.Children.Find(c => c.Id == incidentId) is not { } child)
            {
                return false;
            }

            if (child.Id == State.PrimaryIncidentId)
            {
                throw new DomainValidationException("incidentId", $"{child.Number} is the primary incident; cancel the major incident instead.");
            }

            await GrainFactory.GetGrain<IIncidentGrain>(incidentId).LeaveMajorIncident(context with { ExpectedVersion = null }, Id);
            State.Children.Remove(child);
            Add(now, context.Actor, TimelineEntryKind.ChildRemoved, $"{child.Number} removed");
            return true;
        });

    public Task<MajorIncidentView> ChangeCommander(CommandContext context, string commander) =>
        Mutate(context, ("commander", commander), now =>
        {
            MajorIncidentRules.ValidateText("commander", commander, IncidentLimits.Name);
            EnsureNotFinal();
            if (State.Commander == commander.Trim())
            {
                return Task.FromResult(false);
            }

            Add(now, context.Actor, TimelineEntryKind.CommanderChanged, $"Commander {State.Commander} → {commander.Trim()}");
            State.Commander = commander.Trim();
            return Task.FromResult(true);
        });

    public Task<MajorIncidentView> Post(CommandContext context, string text, bool stakeholderUpdate) =>
        Mutate(context, (stakeholderUpdate, text), now =>
        {
            MajorIncidentRules.ValidateText("text", text, IncidentLimits.CommentText);
            if (stakeholderUpdate)
            {
                if (State.Status != MajorIncidentStatus.Active)
                {
                    throw new DomainValidationException("stakeholderUpdate", $"{State.Number} is not active; post a note instead.");
                }

                State.LastUpdateAt = now;
                State.NextUpdateDue = UpdateCadence.NextDue(now, State.Cadence);
            }

            Add(now, context.Actor, stakeholderUpdate ? TimelineEntryKind.StakeholderUpdate : TimelineEntryKind.Note, text.Trim());
            return Task.FromResult(true);
        });

    public Task<MajorIncidentView> ChangeCadence(CommandContext context, TimeSpan cadence) =>
        Mutate(context, ("cadence", cadence), now =>
        {
            MajorIncidentRules.ValidateCadence(cadence, options.Value);
            EnsureNotFinal();
            if (cadence == State.Cadence)
            {
                return Task.FromResult(false);
            }

            State.Cadence = cadence;
            State.NextUpdateDue = UpdateCadence.NextDue(State.LastUpdateAt ?? State.PromotedAt, cadence);
            Add(now, context.Actor, TimelineEntryKind.CadenceChanged, $"Stakeholder updates every {cadence}");
            return Task.FromResult(true);
        });

    public Task<MajorIncidentView> Move(CommandContext context, MoveMajorIncident command) =>
        Mutate(context, command, now =>
        {
            MajorIncidentRules.Validate(command);
            MajorIncidentWorkflow.Table.EnsureAllowed(State.Status, command.To, new MajorIncidentTransitionRequest(command, State.Review));
            var from = State.Status;
            State.Status = command.To;
            if (command.To == MajorIncidentStatus.Active)
            {
                // Reopened: stakeholders hear within one cadence from now.
                State.NextUpdateDue = UpdateCadence.NextDue(now, State.Cadence);
            }

            var note = string.IsNullOrWhiteSpace(command.Note) ? "" : $": {command.Note.Trim()}";
            Add(now, context.Actor, TimelineEntryKind.StatusChanged, $"{MajorIncidentWorkflow.Name(from)} → {MajorIncidentWorkflow.Name(command.To)}{note}");
            return Task.FromResult(true);
        });

    public Task<MajorIncidentView> RecordReview(CommandContext context, PostIncidentReview review) =>
        Mutate(context, review, now =>
        {
            MajorIncidentRules.Validate(review);
            if (State.Status is not (MajorIncidentStatus.Resolved or MajorIncidentStatus.Review))
            {
                throw new DomainValidationException("status", $"The post-incident review comes after {State.Number} is resolved.");
            }

            State.Review = review;
            Add(now, context.Actor, TimelineEntryKind.ReviewRecorded, $"Post-incident review recorded: {review.Summary}");
            return Task.FromResult(true);
        });

    public async Task OnChildChanged(IncidentSummary incident)
    {
        var index = State.Children.FindIndex(c => c.Id == incident.Id);
        if (!State.Created || index < 0 || State.Children[index].Revision >= incident.Revision)
        {
            return;
        }

        var before = State.Children[index];
        var after = new ChildIncident(incident.Id, incident.Number, incident.Title, incident.Priority, incident.Status, incident.ServiceId, incident.Revision);
        State.Children[index] = after;
        if (before.Status == after.Status && before.Priority == after.Priority && before.Title == after.Title)
        {
            // Only its SLA moved: kept in memory, saved with the next real change.
            return;
        }

        var now = time.GetUtcNow();
        var what = before.Status != after.Status ? $"is now {IncidentWorkflow.Name(after.Status)}"
            : before.Priority != after.Priority ? $"is now {after.Priority}"
            : $"is now titled \"{after.Title}\"";
        Add(now, "system", TimelineEntryKind.ChildChanged, $"{after.Number} {what}");
        await Save(now, bumpVersion: false);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => CheckCadence();

    private async Task<MajorIncidentView> Mutate(CommandContext context, object command, Func<DateTimeOffset, Task<bool>> apply)
    {
        MajorIncidentAccess.EnsureCanRun(context.Caller, State);
        if (RequestLedger.WasApplied(context.RequestId, command, State.CreateRequest, State.RecentRequests))
        {
            return View();
        }

        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        var now = time.GetUtcNow();
        var revision = State.Revision;
        var timeline = State.Timeline.Count;
        try
        {
            if (!await apply(now))
            {
                return View();
            }

            RequestLedger.Remember(context.RequestId, command, State.RecentRequests);
            return await Commit(now);
        }
        catch when (State.Timeline.Count != timeline || State.Revision != revision)
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task<MajorIncidentView> Commit(DateTimeOffset now)
    {
        await Save(now, bumpVersion: true);
        await CheckCadence();
        return View();
    }

    private async Task Save(DateTimeOffset now, bool bumpVersion)
    {
        if (bumpVersion)
        {
            State.Version++;
        }

        State.Revision++;
        State.UpdatedAt = now;
        State.UpdateDue = UpdateCadence.StateAt(State.Status, State.NextUpdateDue, Warning, now);
        try
        {
            await store.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        var summary = Summary();
        await ProjectionRetry.Run(() => projection.Upsert(summary, CancellationToken.None), time, logger, State.Number);
        await GrainFactory.GetGrain<IBoardPublisherGrain>(0).PublishMajorIncident(summary);
    }

    /// <summary>
    /// Marks the stakeholder update due soon or overdue once it is, on the timeline and the banner, and plans the next
    /// wake-up: a timer for precision, a reminder for after a crash. Nothing is planned once the major incident is not active.
    /// </summary>
    private async Task CheckCadence()
    {
        var now = time.GetUtcNow();
        var due = UpdateCadence.StateAt(State.Status, State.NextUpdateDue, Warning, now);
        if (due != State.UpdateDue && due is UpdateDueState.DueSoon or UpdateDueState.Overdue)
        {
            var kind = due == UpdateDueState.DueSoon ? TimelineEntryKind.UpdateDueSoon : TimelineEntryKind.UpdateOverdue;
            Add(now, "system", kind, due == UpdateDueState.DueSoon
                ? $"Stakeholder update due at {State.NextUpdateDue:HH:mm} UTC"
                : $"Stakeholder update overdue since {State.NextUpdateDue:HH:mm} UTC");
            await Save(now, bumpVersion: false);
        }
        else if (due != State.UpdateDue)
        {
            State.UpdateDue = due;
        }

        _timer?.Dispose();
        _timer = null;
        if (UpdateCadence.NextChange(State.Status, State.NextUpdateDue, Warning, now) is { } next)
        {
            _timer = this.RegisterGrainTimer(_ => CheckCadence(), new GrainTimerCreationOptions(Max(next - now, TimeSpan.Zero), Timeout.InfiniteTimeSpan));
        }

        if (State.Status == MajorIncidentStatus.Active && !_reminderRegistered)
        {
            await this.RegisterOrUpdateReminder(UpdateReminder, ReminderPeriod, ReminderPeriod);
            _reminderRegistered = true;
        }
        else if (State.Status != MajorIncidentStatus.Active && await this.GetReminder(UpdateReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
            _reminderRegistered = false;
        }
    }

    private void EnsureNotFinal()
    {
        if (MajorIncidentWorkflow.IsFinal(State.Status))
        {
            throw new DomainValidationException("status", $"{State.Number} is {MajorIncidentWorkflow.Name(State.Status)}.");
        }
    }

    private void Add(DateTimeOffset at, string actor, TimelineEntryKind kind, string text) =>
        State.Timeline.Add(new TimelineEntry(State.Timeline.Count + 1, at, actor, kind, text));

    private static ChildIncident Child(IncidentView incident) =>
        new(incident.Id, incident.Number, incident.Title, incident.Priority, incident.Status, incident.ServiceId, 0);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private MajorIncidentView View()
    {
        var s = State;
        return new MajorIncidentView(
            Id, s.Number, s.Title, s.Status, s.Commander, s.PrimaryIncidentId, [.. s.Children], s.Cadence, s.LastUpdateAt,
            s.Status == MajorIncidentStatus.Active ? s.NextUpdateDue : null, s.UpdateDue, [.. s.Timeline], s.Review, s.PromotedAt,
            s.UpdatedAt, s.Version, MajorIncidentWorkflow.Table.AllowedFrom(s.Status));
    }

    private MajorIncidentSummary Summary()
    {
        var s = State;
        var primary = s.Children.Find(c => c.Id == s.PrimaryIncidentId)?.Number ?? "";
        return new MajorIncidentSummary(
            Id, s.Number, s.Title, s.Status, s.Commander, primary, s.Children.Count, s.PromotedAt,
            s.Status == MajorIncidentStatus.Active ? s.NextUpdateDue : null, s.UpdateDue, s.UpdatedAt, s.Version, s.Revision);
    }
}
