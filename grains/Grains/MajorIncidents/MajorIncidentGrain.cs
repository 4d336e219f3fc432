using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.MajorIncidents;
using ItsmOrleans.Grains.Commands;
using ItsmOrleans.Grains.Persistence;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>
/// One major incident. Commands are versioned and idempotent; each change goes on the timeline, into the read model
/// and onto every board's banner. While active, a grain timer marks the next stakeholder update due soon and overdue
/// on time; a reminder wakes the grain for it after a crash or deactivation.
/// </summary>
public sealed class MajorIncidentGrain(
    [PersistentState(MajorIncidentGrain.StateName, ItsmStorage.Name)] IPersistentState<MajorIncidentState> store,
    MajorIncidentPublisher publisher,
    IOptions<MajorIncidentOptions> options,
    TimeProvider time) : Grain, IMajorIncidentGrain, IRemindable
{
    /// <summary>The name its state is stored under (the GrainTypeString of its storage rows).</summary>
    public const string StateName = "major-incident";

    private MajorIncidentWakeUps? _wakeUps;

    private VersionedCommands<MajorIncidentState>? _commands;

    private MajorIncidentState State => store.State;

    private VersionedCommands<MajorIncidentState> Commands => _commands ??= new(this, store, time);

    private Guid Id => this.GetPrimaryKey();

    private MajorIncidentWakeUps WakeUps => _wakeUps ??= new MajorIncidentWakeUps(this, CheckCadence);

    private TimeSpan Warning => UpdateCadence.Warning(State.Cadence, options.Value.DueSoonWarning);

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        State.Created ? CheckCadence() : Task.CompletedTask;

    public async Task<MajorIncidentView> Promote(CommandContext context, PromoteIncidents command)
    {
        if (!MajorIncidentAccess.CanRun(context.Caller))
        {
            throw new ForbiddenException("Only agents and admins promote major incidents.");
        }

        await Commands.Create(context, command, Steps(async now =>
        {
            MajorIncidentRules.Validate(command, options.Value);
            await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, MajorIncidentRules.References(command));
            var incidents = await MajorIncidentChildren.Gather(GrainFactory, context.Caller, command, Id);
            var primary = incidents[0];
            var number = await GrainFactory.GetGrain<ITicketNumberGrain>(TicketNumber.MajorIncidentPrefix).Next();
            var children = await MajorIncidentChildren.Join(GrainFactory, context, incidents, new MajorIncidentReference(Id, number));
            State.Created = true;
            State.Number = number;
            State.Title = command.Title.Trim();
            State.Status = MajorIncidentStatus.Active;
            State.Commander = command.Commander.Trim();
            State.PrimaryIncidentId = primary.Id;
            State.Children = children;
            State.Cadence = command.UpdateCadence ?? options.Value.UpdateCadence;
            State.PromotedAt = now;
            State.NextUpdateDue = UpdateCadence.NextDue(now, State.Cadence);
            State.UpdateDue = UpdateDueState.OnTrack;
            var reason = string.IsNullOrWhiteSpace(command.OverrideReason) ? "" : $" ({primary.Priority}: {command.OverrideReason.Trim()})";
            Add(now, context.Actor, TimelineEntryKind.Promoted, $"{primary.Number} promoted to major incident {number}{reason}; commander {State.Commander}");
            foreach (var child in State.Children.Skip(1))
            {
                Add(now, context.Actor, TimelineEntryKind.ChildAdded, $"{child.Number} added: {child.Title}");
            }

            return true;
        }));
        return View();
    }

    public Task<MajorIncidentView> Get(Caller caller)
    {
        MajorIncidentAccess.EnsureCanRead(caller, State);
        return Task.FromResult(View());
    }

    public Task<MajorIncidentView> ChangeCommander(CommandContext context, string commander) =>
        Mutate(context, ("commander", commander), async now =>
        {
            MajorIncidentRules.ValidateText("commander", commander, TextLimits.Name);
            MajorIncidentWorkflow.EnsureNotFinal(State.Status, State.Number);
            if (State.Commander == commander.Trim())
            {
                return false;
            }

            await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, [MajorIncidentRules.Commander(commander)]);
            Add(now, context.Actor, TimelineEntryKind.CommanderChanged, $"Commander {State.Commander} → {commander.Trim()}");
            State.Commander = commander.Trim();
            return true;
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

    public Task<MajorIncidentView> Post(CommandContext context, string text, bool stakeholderUpdate) =>
        Mutate(context, (stakeholderUpdate, text), now =>
        {
            StakeholderUpdates.Post(State, text, stakeholderUpdate, context.Actor, now);
            return Task.FromResult(true);
        });

    public Task<MajorIncidentView> ChangeCadence(CommandContext context, TimeSpan cadence) =>
        Mutate(context, ("cadence", cadence), now =>
            Task.FromResult(StakeholderUpdates.ChangeCadence(State, cadence, options.Value, context.Actor, now)));

    public Task ReceiveReminder(string reminderName, TickStatus status) => CheckCadence();

    public Task<MajorIncidentView> AddChild(CommandContext context, Guid incidentId) =>
        Mutate(context, ("add", incidentId), now =>
        {
            MajorIncidentWorkflow.EnsureNotFinal(State.Status, State.Number);
            return MajorIncidentChildren.Add(GrainFactory, context, State, Id, incidentId, now);
        });

    public Task<MajorIncidentView> RemoveChild(CommandContext context, Guid incidentId) =>
        Mutate(context, ("remove", incidentId), now =>
        {
            MajorIncidentWorkflow.EnsureNotFinal(State.Status, State.Number);
            return MajorIncidentChildren.Remove(GrainFactory, context, State, Id, incidentId, now);
        });

    public async Task OnChildChanged(IncidentSummary incident)
    {
        var now = time.GetUtcNow();
        if (MajorIncidentChildren.Follow(State, incident, now))
        {
            await Save(now);
        }
    }

    private async Task<MajorIncidentView> Mutate(CommandContext context, object command, Func<DateTimeOffset, Task<bool>> apply)
    {
        await Commands.Run(context, command, Steps(apply) with { EnsureAllowed = () => MajorIncidentAccess.EnsureCanRun(context.Caller, State) });
        return View();
    }

    /// <summary>How a major incident command goes: saved with its banner's due state, then published, and the next wake-up planned.</summary>
    private CommandSteps<bool> Steps(Func<DateTimeOffset, Task<bool>> apply) => new()
    {
        Apply = apply,
        BeforeSave = (_, now) =>
        {
            State.UpdateDue = UpdateCadence.StateAt(State.Status, State.NextUpdateDue, Warning, now);
            return Task.CompletedTask;
        },
        AfterSave = async (_, _) =>
        {
            await publisher.Publish(Id, State);
            await CheckCadence();
        },
    };

    /// <summary>Saves and publishes a change the system made (a child's news, a due mark): no new version, as no caller asked for it.</summary>
    private async Task Save(DateTimeOffset now)
    {
        State.Revision++;
        State.UpdatedAt = now;
        State.UpdateDue = UpdateCadence.StateAt(State.Status, State.NextUpdateDue, Warning, now);
        await store.WriteOrForget(this);

        await publisher.Publish(Id, State);
    }

    /// <summary>
    /// Marks the stakeholder update due soon or overdue once it is, on the timeline and the banner, and plans the next
    /// wake-up. Nothing is planned once the major incident is not active.
    /// </summary>
    private async Task CheckCadence()
    {
        var now = time.GetUtcNow();
        if (StakeholderUpdates.MarkDue(State, Warning, now))
        {
            await Save(now);
        }

        var next = UpdateCadence.NextChange(State.Status, State.NextUpdateDue, Warning, now);
        await WakeUps.Plan(State.Status == MajorIncidentStatus.Active, next, now);
    }

    private void Add(DateTimeOffset at, string actor, TimelineEntryKind kind, string text) => MajorIncidentTimeline.Add(State, at, actor, kind, text);

    private MajorIncidentView View() => State.ToView(Id);
}
