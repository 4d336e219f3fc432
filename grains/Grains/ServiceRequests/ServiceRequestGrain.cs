using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.ServiceRequests;
using ItsmOrleans.Grains.Commands;
using ItsmOrleans.Grains.Persistence;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>
/// One service request. Submission decides who approves (by the item's rule; the manager step from the requester's
/// account); the decisions open fulfilment, whose tasks come from the catalogue item; the last task done fulfils it.
/// A response clock and a fulfilment clock (business hours by default) run as SLA clock grains owned by the request,
/// paused while approvers decide.
/// </summary>
public sealed class ServiceRequestGrain(
    [PersistentState(ServiceRequestGrain.StateName, ItsmStorage.Name)] IPersistentState<ServiceRequestState> store,
    ServiceRequestSlaClocks clocks,
    ServiceRequestPublisher publisher,
    TimeProvider time) : Grain, IServiceRequestGrain
{
    /// <summary>The name its state is stored under (the GrainTypeString of its storage rows).</summary>
    public const string StateName = "service-request";

    private VersionedCommands<ServiceRequestState>? _commands;

    private ServiceRequestState State => store.State;

    private VersionedCommands<ServiceRequestState> Commands => _commands ??= new(this, store, time);

    private Guid Id => this.GetPrimaryKey();

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        State.Created ? clocks.Sync(this.GetGrainId(), Id, State, time.GetUtcNow(), force: true) : Task.CompletedTask;

    public async Task<ServiceRequestView> Submit(CommandContext context, SubmitRequest command)
    {
        await Commands.Create(context, command, Steps(async now =>
        {
            var item = await GrainFactory.GetGrain<IRequestCatalogGrain>(0).Find(command.ItemId)
                ?? throw new DomainValidationException("itemId", $"There is no catalogue item '{command.ItemId}'.");
            ServiceRequestRules.Validate(item, command.Answers);
            var requestedFor = ServiceRequestAccess.RequestedFor(context.Caller, command.RequestedFor);
            await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, ServiceRequestRules.References(command));
            var recordedManager = item.Approval.Kind == ApprovalKind.Manager ? await RecordedManager(requestedFor) : null;
            State.Number = await GrainFactory.GetGrain<ITicketNumberGrain>(TicketNumber.ServiceRequestPrefix).Next();
            (State.Created, State.Item, State.RequestedBy, State.RequestedFor, State.Answers) = (true, item, context.Actor, requestedFor, new(command.Answers));
            var (approvers, required) = ServiceRequestRules.ApproversFor(item.Approval, ApprovalEntitlement.ManagerApprover(recordedManager, State));
            (State.Approvers, State.RequiredApprovals, State.CreatedAt) = ([.. approvers], required, now);
            Record(now, context.Actor, "submitted", $"{item.Name} requested for {requestedFor}");
            if (required == 0)
            {
                Record(now, "system", "approved", "No approval needed");
                ServiceRequestFulfilment.Start(State, now);
            }
            else
            {
                State.Status = ServiceRequestStatus.WaitingForApproval;
                Record(now, "system", "waitingForApproval", ApprovalEntitlement.Waiting(item.Approval.Kind, approvers, required, requestedFor));
            }

            return true;
        }));
        return View();
    }

    public Task<ServiceRequestView> Get(Caller caller)
    {
        ServiceRequestAccess.EnsureCanSee(caller, State);
        return Task.FromResult(View());
    }

    public async Task<ServiceRequestView> Decide(CommandContext context, bool approve, string? comment)
    {
        var recordedManager = State.Item?.Approval.Kind == ApprovalKind.Manager ? await RecordedManager(State.RequestedFor) : null;
        return await Mutate(context, ("decide", approve, comment), (caller, state) => ServiceRequestAccess.EnsureMayDecide(caller, state, recordedManager), now =>
        {
            ServiceRequestApproval.Decide(State, approve, comment, context.Actor, now);
            return true;
        });
    }

    public Task<ServiceRequestView> AssignTask(CommandContext context, int task, string assignee) =>
        Mutate(context, ("assign", task, assignee), ServiceRequestAccess.EnsureCanFulfil,
            lookUpReferences: () => ReferenceCheck.EnsureExist(GrainFactory, context.Caller, [ServiceRequestRules.TaskAssignee(assignee)]),
            apply: now =>
            {
                ServiceRequestFulfilment.Assign(State, task, assignee, context.Actor, now);
                return true;
            });

    public Task<ServiceRequestView> CompleteTask(CommandContext context, int task, string? notes) =>
        Mutate(context, ("complete", task), ServiceRequestAccess.EnsureCanFulfil, now =>
        {
            ServiceRequestFulfilment.Complete(State, task, notes, context.Actor, now);
            return true;
        });

    public Task<ServiceRequestView> Move(CommandContext context, ServiceRequestStatus to, string? notes) =>
        Mutate(context, ("move", to, notes), ServiceRequestAccess.EnsureCanFulfil, now =>
        {
            ServiceRequestWorkflow.Table.EnsureAllowed(State.Status, to, notes);
            var from = State.Status;
            State.Status = to;
            if (to == ServiceRequestStatus.InFulfilment)
            {
                // Reopened: the last task is done again.
                var last = State.Tasks.Count - 1;
                State.Tasks[last] = State.Tasks[last] with { Done = false, DoneBy = null, DoneAt = null };
            }

            Record(now, context.Actor, "statusChanged", $"{ServiceRequestWorkflow.Name(from)} → {ServiceRequestWorkflow.Name(to)}{(notes is null ? "" : ": " + notes.Trim())}");
            return true;
        });

    public async Task OnSlaEvents(IReadOnlyList<SlaEvent> events, SlaClockView clock)
    {
        if (!State.Created)
        {
            await clocks.Retire(Id, clock.Kind);
            return;
        }

        if (ServiceRequestSlaClocks.Record(State, events, clock))
        {
            await Save(time.GetUtcNow());
        }

        await clocks.Acknowledge(Id, clock.Kind, events.Max(e => e.Sequence));
    }

    /// <param name="lookUpReferences">Checks that what the command names exists, once the command is known to be allowed and new.</param>
    private async Task<ServiceRequestView> Mutate(
        CommandContext context, object command, Action<Caller, ServiceRequestState> ensureAllowed, Func<DateTimeOffset, bool> apply, Func<Task>? lookUpReferences = null)
    {
        await Commands.Run(context, command, Steps(now => Task.FromResult(apply(now))) with
        {
            EnsureAllowed = () => ensureAllowed(context.Caller, State),
            LookUp = lookUpReferences,
        });
        return View();
    }

    /// <summary>How a service request command goes: its SLA clocks follow it before it is saved, then it is published.</summary>
    private CommandSteps<bool> Steps(Func<DateTimeOffset, Task<bool>> apply) => new()
    {
        Apply = apply,
        BeforeSave = (_, now) => clocks.Sync(this.GetGrainId(), Id, State, now, force: false),
        AfterSave = (_, _) => publisher.Publish(Id, State),
    };

    /// <summary>Saves and publishes a change the system made (an SLA event): no new version, as no caller asked for it.</summary>
    private async Task Save(DateTimeOffset now)
    {
        State.Revision++;
        State.UpdatedAt = now;
        await store.WriteOrForget(this);

        await publisher.Publish(Id, State);
    }

    /// <summary>
    /// The manager an administrator recorded on the account of <paramref name="person"/>, read at each use so that a
    /// manager an admin replaced stops deciding at once. People without a local account have none.
    /// </summary>
    private async Task<string?> RecordedManager(string person) => string.IsNullOrWhiteSpace(person)
        ? null
        : (await GrainFactory.GetGrain<IUserAccountGrain>(UserAccountKey.Of(person)).Find())?.Manager;

    private void Record(DateTimeOffset at, string actor, string kind, string text) => ServiceRequestHistory.Add(State, at, actor, kind, text);

    private ServiceRequestView View() => State.ToView(Id);
}
