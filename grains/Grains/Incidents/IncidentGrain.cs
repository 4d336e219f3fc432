using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Domain.Tickets;
using ItsmOrleans.Grains.Incidents.Followers;
using ItsmOrleans.Grains.Reports;
using ItsmOrleans.Grains.Idempotency;
using ItsmOrleans.Grains.Search;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>
/// One incident. Commands are checked against the version the caller saw and replayed safely by idempotency key;
/// each accepted change is persisted, mirrored to its SLA clocks and the read model, and pushed to the boards.
/// </summary>
public sealed partial class IncidentGrain(
    [PersistentState(IncidentGrain.StateName, ItsmStorage.Name)] IPersistentState<IncidentState> store,
    ISlaPolicyCatalog policies,
    IIncidentProjection projection,
    ISearchProjection search,
    ITicketHistoryProjection ticketHistory,
    IEnumerable<IIncidentFollower> followers,
    TimeProvider time,
    ILogger<IncidentGrain> logger) : Grain, IIncidentGrain
{
    /// <summary>The name its state is stored under (the GrainTypeString of its storage rows).</summary>
    public const string StateName = "incident";

    private IncidentState State => store.State;

    private Guid Id => this.GetPrimaryKey();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Created)
        {
            // A crash (or a write that failed after it landed) can leave the clocks, the read model and the boards
            // behind or ahead of the saved state: bring them all in line with it.
            await SyncClocks(time.GetUtcNow(), force: true);
            await Publish(activity: null, time.GetUtcNow());
            await SteerEscalation(Caller.System.Name);
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
        if (State.Created)
        {
            return Replay(context, command) ?? throw new VersionConflictException(0, State.Version);
        }

        var policyId = string.IsNullOrWhiteSpace(command.SlaPolicyId) ? policies.DefaultPolicyId : command.SlaPolicyId;
        var policy = policies.Find(policyId) ?? throw new DomainValidationException("slaPolicy", $"There is no SLA policy '{policyId}'.");
        IncidentRules.Validate(command);
        await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, IncidentRules.References(command));
        var service = await ServiceOf(command.ServiceId);
        var routed = IncidentRouting.Route(command, service?.SupportGroup);
        var number = await GrainFactory.GetGrain<ITicketNumberGrain>(TicketNumber.IncidentPrefix).Next();
        var now = time.GetUtcNow();
        var created = await Commit(context, command, now, () =>
        {
            State.EscalationPolicyId = service?.EscalationPolicyId;
            return IncidentCommands.Create(State, routed, policy, number, now,
                IncidentAccess.RespondsAtCreation(context.Caller, command, policy.IntegrationAssignmentResponds));
        });
        logger.LogInformation("Incident {Number} raised at {Priority} by {Actor}", created.Number, created.Priority, context.Actor);
        return created;
    }

    public Task<IncidentView> Get(Caller caller)
    {
        IncidentAccess.EnsureCanSee(caller, State, Id);
        return Task.FromResult(View());
    }

    public async Task<IncidentView> UpdateDetails(CommandContext context, UpdateIncidentDetails command)
    {
        string? supportGroup = null;
        return await Mutate(context, command, IncidentAccess.EnsureCanWork,
            now => IncidentCommands.UpdateDetails(State, command, policies.Find, supportGroup),
            lookUpReferences: async () =>
            {
                await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, IncidentRules.References(command));
                supportGroup = (await ServiceOf(command.ServiceId))?.SupportGroup;
            });
    }

    public Task<IncidentView> Assign(CommandContext context, AssignIncident command) =>
        Mutate(context, command, IncidentAccess.EnsureCanWork, now => IncidentCommands.Assign(State, command, now),
            lookUpReferences: () => ReferenceCheck.EnsureExist(GrainFactory, context.Caller, IncidentRules.References(command)));

    public Task<IncidentView> Take(CommandContext context) =>
        Mutate(context, ("take", context.Actor), IncidentAccess.EnsureCanWork, now =>
        {
            if (State.Assignee is { } holder && !string.Equals(holder, context.Actor, StringComparison.OrdinalIgnoreCase))
            {
                var taken = State.History.LastOrDefault(h => h.Changes.Any(c => c.Field == "assignee"));
                throw new EditConflictException(
                    $"{holder} has {State.Number} already{(taken is null ? "" : $" (since {taken.At:HH:mm:ss} UTC)")}; ask them or reassign it.",
                    State.Version,
                    [new FieldConflict("assignee", context.Actor, holder, taken?.Actor ?? holder, taken?.At ?? State.UpdatedAt)]);
            }

            return IncidentCommands.Assign(State, new AssignIncident(null, context.Actor), now);
        });

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
            await TellMentioned(note);
        }

        return view;
    }

    /// <summary>People named in a work note hear of it live; a retried command adds no comment and tells nobody again.</summary>
    private async Task TellMentioned(Comment note)
    {
        foreach (var user in Mentions.In(note.Text, note.Author))
        {
            await GrainFactory.Publish(new Mention(Guid.NewGuid(), user, Id, State.Number, State.Title, note.Author, note.Text, note.At));
        }
    }

    public Task<IReadOnlyList<Comment>> GetComments(Caller caller)
    {
        IncidentAccess.EnsureCanSee(caller, State, Id);
        return Task.FromResult(IncidentAccess.VisibleComments(caller, State.Comments));
    }

    public Task<IReadOnlyList<HistoryEntry>> GetHistory(Caller caller)
    {
        IncidentAccess.EnsureCanSee(caller, State, Id);
        return Task.FromResult(IncidentAccess.VisibleHistory(caller, State.History));
    }

    /// <param name="lookUpReferences">Checks that what the command names exists (and reads what the change needs of it), once the command is known to be allowed and new.</param>
    private async Task<IncidentView> Mutate(
        CommandContext context,
        object command,
        Action<Caller, IncidentState, Guid> ensureAllowed,
        Func<DateTimeOffset, IncidentChange?> apply,
        Func<Task>? lookUpReferences = null)
    {
        ensureAllowed(context.Caller, State, Id);
        if (Replay(context, command) is { } replayed)
        {
            return replayed;
        }

        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            // Based on an older version: merged unless it sets a field that changed since (then both values are shown).
            var conflicts = expected > State.Version ? null : EditConflicts.Find(State.History, expected, EditConflicts.Touched(command));
            if (conflicts is null)
            {
                throw new VersionConflictException(expected, State.Version);
            }

            if (conflicts.Count > 0)
            {
                throw new EditConflictException(State.Version, conflicts);
            }
        }

        if (lookUpReferences is not null)
        {
            await lookUpReferences();
        }

        return await Commit(context, command, time.GetUtcNow(), () => apply(time.GetUtcNow()));
    }

    private async Task<IncidentView> Commit(CommandContext context, object command, DateTimeOffset now, Func<IncidentChange?> apply)
    {
        var before = State.Revision;
        var serviceBefore = State.ServiceId;
        try
        {
            var change = apply();
            if (change is null)
            {
                return View();
            }

            State.Version++;
            State.Revision++;
            State.UpdatedAt = now;
            State.History.Add(new HistoryEntry(State.History.Count + 1, State.Version, now, context.Actor, change.Kind, change.Changes, change.Note));
            Remember(context, command);
            State.EscalationStopped |= EscalationShouldStop();
            await SyncClocks(now, force: false);
            await store.WriteStateAsync();
            await Publish(new BoardActivityDraft(change.Activity, change.ActivityText), now, serviceBefore);
            await SteerEscalation(context.Actor);
            return View();
        }
        catch when (State.Revision != before)
        {
            // The in-memory state ran ahead of storage; reload it on the next call rather than serve it.
            DeactivateOnIdle();
            throw;
        }
    }

    private IncidentView? Replay(CommandContext context, object command) =>
        RequestLedger.WasApplied(context.RequestId, command, State.CreateRequest, State.RecentRequests) ? View() : null;

    private void Remember(CommandContext context, object command)
    {
        if (command is CreateIncident)
        {
            State.CreateRequest = RequestLedger.ForCreate(context.RequestId, command);
            return;
        }

        RequestLedger.Remember(context.RequestId, command, State.RecentRequests);
    }

    /// <summary>The service an incident names, for its support group and escalation policy; null when it names none.</summary>
    private async Task<ServiceView?> ServiceOf(string? serviceId)
    {
        if (string.IsNullOrWhiteSpace(serviceId))
        {
            return null;
        }

        try
        {
            return await GrainFactory.GetGrain<IServiceGrain>(serviceId.Trim()).Get();
        }
        catch (NotFoundException)
        {
            // The catalogue listed it a moment ago (services are never removed); should its grain not know it, route nothing.
            return null;
        }
    }

    private IncidentView View() => State.ToView(Id);

    private IncidentSummary Summary()
    {
        var s = State;
        return new IncidentSummary(
            Id, s.Number, s.Title, s.Priority, s.Status, s.ServiceId, s.AssignmentGroup, s.Assignee, s.Requester,
            s.CreatedAt, s.UpdatedAt, s.Version, s.Revision, s.ResponseClock!, s.ResolutionClock!, s.SlaPolicyId,
            Escalating: s.EscalationPolicyId is not null && !s.EscalationStopped);
    }
}
