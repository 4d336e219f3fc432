using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Grains.Commands;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>
/// One incident. Commands are checked against the version the caller saw and replayed safely by idempotency key;
/// each accepted change is persisted, mirrored to its SLA clocks and the read model, and pushed to the boards.
/// </summary>
public sealed partial class IncidentGrain(
    [PersistentState(IncidentGrain.StateName, ItsmStorage.Name)] IPersistentState<IncidentState> store,
    IncidentSlaClocks clocks,
    IncidentSlaRepair slaRepair,
    IncidentPublisher publisher,
    TimeProvider time,
    ILogger<IncidentGrain> logger) : Grain, IIncidentGrain
{
    /// <summary>The name its state is stored under (the GrainTypeString of its storage rows).</summary>
    public const string StateName = "incident";

    private VersionedCommands<IncidentState>? _commands;

    private IncidentState State => store.State;

    private VersionedCommands<IncidentState> Commands => _commands ??= new(this, store, time);

    private Guid Id => this.GetPrimaryKey();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Created)
        {
            // A crash (or a write that failed after it landed) can leave the clocks, the read model and the boards
            // behind or ahead of the saved state: bring them all in line with it.
            await clocks.Sync(Id, State, time.GetUtcNow(), force: true);
            await publisher.Publish(Id, State, activity: null, time.GetUtcNow());
            await IncidentEscalation.Steer(GrainFactory, Id, State, Caller.System.Name);
        }
    }

    public async Task<IncidentView> Create(CommandContext context, CreateIncident command)
    {
        if (!IncidentAccess.CanRaise(context.Caller))
        {
            throw new ForbiddenException("Your roles do not let you raise incidents.");
        }

        IncidentAccess.EnsureMaySet(context.Caller, command);
        command = command with { Requester = IncidentAccess.RequesterFor(context.Caller, command.Requester) };
        var steps = Steps(context, async now =>
        {
            var policy = clocks.PolicyFor(command.SlaPolicyId);
            IncidentRules.Validate(command);
            await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, IncidentRules.References(command));
            var service = await IncidentRouting.ServiceOf(GrainFactory, command.ServiceId);
            var routed = IncidentRouting.Route(command, service?.SupportGroup);
            var number = await GrainFactory.GetGrain<ITicketNumberGrain>(TicketNumber.IncidentPrefix).Next();
            var created = IncidentCommands.Create(State, routed, policy, number, now,
                IncidentAccess.RespondsAtCreation(context.Caller, command, policy.IntegrationAssignmentResponds));
            State.EscalationPolicyId = service?.EscalationPolicyId;
            return created;
        });
        if (await Commands.Create(context, command, steps))
        {
            logger.LogInformation("Incident {Number} raised at {Priority} by {Actor}", State.Number, State.Priority, context.Actor);
        }

        return View();
    }

    public Task<IncidentView> Get(Caller caller) => Read(caller, View);

    public async Task<IncidentView> UpdateDetails(CommandContext context, UpdateIncidentDetails command)
    {
        string? supportGroup = null;
        return await Mutate(context, command, IncidentAccess.EnsureCanWork,
            now => IncidentCommands.UpdateDetails(State, command, clocks.Find, supportGroup),
            lookUpReferences: async () =>
            {
                await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, IncidentRules.References(command));
                supportGroup = (await IncidentRouting.ServiceOf(GrainFactory, command.ServiceId))?.SupportGroup;
            });
    }

    public Task<IncidentView> Assign(CommandContext context, AssignIncident command) =>
        Mutate(context, command, IncidentAccess.EnsureCanWork, now => IncidentCommands.Assign(State, command, now),
            lookUpReferences: () => ReferenceCheck.EnsureExist(GrainFactory, context.Caller, IncidentRules.References(command)));

    public Task<IncidentView> Take(CommandContext context) =>
        Mutate(context, ("take", context.Actor), IncidentAccess.EnsureCanWork, now => IncidentCommands.Take(State, context.Actor, now));

    public Task<IncidentView> Acknowledge(CommandContext context)
    {
        if (!IncidentAccess.CanWork(context.Caller, State) && context.Caller.Is(Role.Noc))
        {
            return Mutate(context, ("acknowledge", context.Actor), IncidentAccess.EnsureCanSee,
                now => IncidentCommands.AcknowledgeEscalation(State, context.Actor));
        }

        IncidentAccess.EnsureCanWork(context.Caller, State, Id);
        return State.RespondedAt is not null ? Task.FromResult(View()) : Take(context);
    }

    public Task<IncidentView> ChangeStatus(CommandContext context, ChangeIncidentStatus command) =>
        Mutate(context, command, IncidentAccess.EnsureCanWork, now => IncidentCommands.ChangeStatus(State, command, now));

    public async Task<IncidentView> AddComment(CommandContext context, AddComment command)
    {
        var before = State.Comments.Count;
        var view = await Mutate(
            context,
            command,
            (caller, incident, id) => IncidentAccess.EnsureCanComment(caller, incident, id, command.Visibility),
            now => IncidentCommands.AddComment(State, context.Actor, command, now).Change);
        if (State.Comments.Count > before && State.Comments[^1] is { Visibility: CommentVisibility.WorkNote } note)
        {
            await publisher.TellMentioned(Id, State, note);
        }

        return view;
    }

    public Task<IncidentView> ConfirmResolution(CommandContext context) => Answer(context, ResolutionAnswers.Confirm());

    public Task<IncidentView> Reopen(CommandContext context, ReopenIncident command) => Answer(context, ResolutionAnswers.Reopen(command));

    public Task<IReadOnlyList<Comment>> GetComments(Caller caller) => Read(caller, () => IncidentAccess.VisibleComments(caller, State.Comments));

    public Task<IReadOnlyList<HistoryEntry>> GetHistory(Caller caller) => Read(caller, () => IncidentAccess.VisibleHistory(caller, State.History));

    public Task<TicketTimeline> GetTimeline(Caller caller, int afterSequence, int limit) =>
        Read(caller, () => IncidentTimeline.After(caller, State, View(), afterSequence, limit));

    // The change, major incident or problem checked who may link; the incident only hides itself from those who may not see it.
    public Task<IncidentView> LinkCausingChange(CommandContext context, Guid changeId, string changeNumber)
    {
        var change = new ChangeReference(changeId, changeNumber);
        return Linked(context, change, _ => IncidentLinks.LinkCausingChange(State, change));
    }

    public Task<IncidentView> JoinMajorIncident(CommandContext context, MajorIncidentReference majorIncident) =>
        Linked(context, majorIncident, _ => IncidentLinks.JoinMajorIncident(State, majorIncident));

    public Task<IncidentView> LeaveMajorIncident(CommandContext context, Guid majorIncidentId) =>
        Linked(context, ("leave", majorIncidentId), _ => IncidentLinks.LeaveMajorIncident(State, majorIncidentId));

    public Task<IncidentView> LinkProblem(CommandContext context, ProblemReference problem) =>
        Linked(context, problem, _ => IncidentLinks.LinkProblem(State, problem));

    public Task<IncidentView> UnlinkProblem(CommandContext context, Guid problemId) =>
        Linked(context, ("unlink-problem", problemId), _ => IncidentLinks.UnlinkProblem(State, problemId));

    public Task<IncidentView> ResolveFromProblem(CommandContext context, Guid problemId, string note) =>
        Linked(context, ("resolve-from-problem", problemId), now => IncidentLinks.ResolveFromProblem(State, problemId, note, now));

    /// <summary>Reads what the caller may see of the incident; one who may not see it is told it does not exist.</summary>
    private Task<T> Read<T>(Caller caller, Func<T> read)
    {
        IncidentAccess.EnsureCanSee(caller, State, Id);
        return Task.FromResult(read());
    }

    /// <summary>How the requester answers a resolution: confirm it (the incident closes) or reopen it with a reason.</summary>
    private Task<IncidentView> Answer(CommandContext context, ChangeIncidentStatus move) =>
        Mutate(context, move, IncidentAccess.EnsureIsRequester, now => IncidentCommands.Answer(State, move, now));

    /// <summary>A change a linked record makes: whatever version the caller saw, as long as the caller may see the incident.</summary>
    private Task<IncidentView> Linked(CommandContext context, object command, Func<DateTimeOffset, IncidentChange?> apply) =>
        Mutate(context with { ExpectedVersion = null }, command, IncidentAccess.EnsureCanSee, apply);

    /// <param name="lookUpReferences">Checks that what the command names exists (and reads what the change needs of it), once the command is known to be allowed and new.</param>
    private async Task<IncidentView> Mutate(
        CommandContext context,
        object command,
        Action<Caller, IncidentState, Guid> ensureAllowed,
        Func<DateTimeOffset, IncidentChange?> apply,
        Func<Task>? lookUpReferences = null)
    {
        await Commands.Run(context, command, Steps(context, now => Task.FromResult(apply(now))) with
        {
            EnsureAllowed = () => ensureAllowed(context.Caller, State, Id),
            // Based on an older version: merged unless it sets a field that changed since (then both values are shown).
            EnsureCurrent = expected => EditConflicts.EnsureMergeable(State.History, State.Version, expected, command),
            LookUp = lookUpReferences,
        });
        return View();
    }

    /// <summary>
    /// How an incident command goes: the change goes into the history, may stop the escalation and moves the SLA clocks
    /// before it is saved; then the read model, the followers and the escalation hear of it.
    /// </summary>
    private CommandSteps<IncidentChange> Steps(CommandContext context, Func<DateTimeOffset, Task<IncidentChange?>> apply)
    {
        var serviceBefore = State.ServiceId;
        return new()
        {
            Apply = apply,
            BeforeSave = async (change, now) =>
            {
                State.History.Add(new HistoryEntry(State.History.Count + 1, State.Version, now, context.Actor, change.Kind, change.Changes, change.Note));
                State.EscalationStopped |= IncidentEscalation.ShouldStop(State);
                await clocks.Sync(Id, State, now, force: false);
            },
            AfterSave = async (change, now) =>
            {
                await publisher.Publish(Id, State, new BoardActivityDraft(change.Activity, change.ActivityText), now, serviceBefore);
                await IncidentEscalation.Steer(GrainFactory, Id, State, context.Actor);
            },
        };
    }

    /// <summary>Runs a change of the state; should it fail once the state moved, the activation reloads from storage rather than serve it.</summary>
    private async Task ReloadOnFailure(Func<Task> change)
    {
        var revision = State.Revision;
        try
        {
            await change();
        }
        catch when (State.Revision != revision)
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private IncidentView View() => State.ToView(Id);
}
