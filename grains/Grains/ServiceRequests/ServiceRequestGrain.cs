using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.ServiceRequests;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Projections;
using ItsmOrleans.Grains.Idempotency;
using ItsmOrleans.Grains.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>
/// One service request. Submission decides who approves (by the item's rule; the manager step from the requester's
/// account); the decisions open fulfilment, whose tasks come from the catalogue item; the last task done fulfils it.
/// A response clock and a fulfilment clock (business hours by default) run as SLA clock grains owned by the request,
/// paused while approvers decide.
/// </summary>
public sealed partial class ServiceRequestGrain(
    [PersistentState(ServiceRequestGrain.StateName, ItsmStorage.Name)] IPersistentState<ServiceRequestState> store,
    IServiceRequestProjection projection,
    ISearchProjection search,
    ISlaPolicyCatalog policies,
    IOptions<ServiceRequestOptions> options,
    TimeProvider time,
    ILogger<ServiceRequestGrain> logger) : Grain, IServiceRequestGrain
{
    /// <summary>The name its state is stored under (the GrainTypeString of its storage rows).</summary>
    public const string StateName = "service-request";

    private ServiceRequestState State => store.State;

    private Guid Id => this.GetPrimaryKey();

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        State.Created ? SyncClocks(time.GetUtcNow(), force: true) : Task.CompletedTask;

    public async Task<ServiceRequestView> Submit(CommandContext context, SubmitRequest command)
    {
        if (State.Created)
        {
            return RequestLedger.WasApplied(context.RequestId, command, State.CreateRequest, State.RecentRequests)
                ? View()
                : throw new VersionConflictException(0, State.Version);
        }

        var item = await GrainFactory.GetGrain<IRequestCatalogGrain>(0).Find(command.ItemId)
            ?? throw new DomainValidationException("itemId", $"There is no catalogue item '{command.ItemId}'.");
        ServiceRequestRules.Validate(item, command.Answers);
        var requestedFor = ServiceRequestAccess.RequestedFor(context.Caller, command.RequestedFor);
        await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, ServiceRequestRules.References(command));
        var recordedManager = item.Approval.Kind == ApprovalKind.Manager ? await RecordedManager(requestedFor) : null;
        var now = time.GetUtcNow();
        State.Number = await GrainFactory.GetGrain<ITicketNumberGrain>(TicketNumber.ServiceRequestPrefix).Next();
        (State.Created, State.Item, State.RequestedBy, State.RequestedFor, State.Answers) = (true, item, context.Actor, requestedFor, new(command.Answers));
        var (approvers, required) = ServiceRequestRules.ApproversFor(item.Approval, ApprovalEntitlement.ManagerApprover(recordedManager, State));
        (State.Approvers, State.RequiredApprovals, State.CreatedAt) = ([.. approvers], required, now);
        State.CreateRequest = RequestLedger.ForCreate(context.RequestId, command);
        Record(now, context.Actor, "submitted", $"{item.Name} requested for {requestedFor}");
        if (required == 0)
        {
            Record(now, "system", "approved", "No approval needed");
            StartFulfilment(now);
        }
        else
        {
            State.Status = ServiceRequestStatus.WaitingForApproval;
            Record(now, "system", "waitingForApproval", ApprovalEntitlement.Waiting(item.Approval.Kind, approvers, required, requestedFor));
        }

        return await Commit(now);
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
            if (State.Status != ServiceRequestStatus.WaitingForApproval)
            {
                throw new DomainValidationException("status", $"{State.Number} is not waiting for approval.");
            }

            if (!approve && string.IsNullOrWhiteSpace(comment))
            {
                throw new DomainValidationException("comment", "Say why the request is rejected.");
            }

            State.Decisions.RemoveAll(d => ServiceRequestAccess.Same(d.Approver, context.Actor));
            State.Decisions.Add(new ApprovalDecision(context.Actor, approve, comment?.Trim(), now));
            Record(now, context.Actor, approve ? "approvedBy" : "rejectedBy", comment?.Trim() ?? "");
            switch (ServiceRequestRules.Outcome(State.Decisions, State.RequiredApprovals))
            {
                case true:
                    Record(now, "system", "approved", $"Approved by {string.Join(", ", State.Decisions.Select(d => d.Approver))}");
                    StartFulfilment(now);
                    break;
                case false:
                    State.Status = ServiceRequestStatus.Rejected;
                    Record(now, "system", "rejected", $"Rejected by {context.Actor}: {comment}");
                    break;
            }

            return true;
        });
    }

    public Task<ServiceRequestView> AssignTask(CommandContext context, int task, string assignee) =>
        Mutate(context, ("assign", task, assignee), ServiceRequestAccess.EnsureCanFulfil,
            lookUpReferences: () => ReferenceCheck.EnsureExist(GrainFactory, context.Caller, [ServiceRequestRules.TaskAssignee(assignee)]),
            apply: now =>
        {
            var index = OpenTask(task);
            var errors = new FieldErrors();
            errors.Text("assignee", assignee, TextLimits.Name, required: true);
            errors.ThrowIfAny();
            State.Tasks[index] = State.Tasks[index] with { Assignee = assignee.Trim() };
            State.Responded = true;
            Record(now, context.Actor, "taskAssigned", $"Task {task} to {assignee.Trim()}");
            return true;
        });

    public Task<ServiceRequestView> CompleteTask(CommandContext context, int task, string? notes) =>
        Mutate(context, ("complete", task), ServiceRequestAccess.EnsureCanFulfil, now =>
        {
            var index = OpenTask(task);
            State.Tasks[index] = State.Tasks[index] with { Done = true, DoneBy = context.Actor, DoneAt = now, Notes = notes?.Trim() };
            State.Responded = true;
            Record(now, context.Actor, "taskDone", $"Task {task} done: {State.Tasks[index].Title}");
            if (State.Tasks.TrueForAll(t => t.Done))
            {
                State.Status = ServiceRequestStatus.Fulfilled;
                Record(now, "system", "fulfilled", "Every task is done");
            }

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

    /// <param name="lookUpReferences">Checks that what the command names exists, once the command is known to be allowed and new.</param>
    private async Task<ServiceRequestView> Mutate(
        CommandContext context, object command, Action<Caller, ServiceRequestState> ensureAllowed, Func<DateTimeOffset, bool> apply, Func<Task>? lookUpReferences = null)
    {
        ensureAllowed(context.Caller, State);
        if (RequestLedger.WasApplied(context.RequestId, command, State.CreateRequest, State.RecentRequests))
        {
            return View();
        }

        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        if (lookUpReferences is not null)
        {
            await lookUpReferences();
        }

        var now = time.GetUtcNow();
        var history = State.History.Count;
        try
        {
            if (!apply(now))
            {
                return View();
            }

            RequestLedger.Remember(context.RequestId, command, State.RecentRequests);
            return await Commit(now);
        }
        catch when (State.History.Count != history)
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task<ServiceRequestView> Commit(DateTimeOffset now)
    {
        await SyncClocks(now, force: false);
        await Save(now, bumpVersion: true);
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
        var indexed = Indexed();
        await ProjectionRetry.Run(async () =>
        {
            await projection.Upsert(summary, CancellationToken.None);
            await search.Upsert(indexed, CancellationToken.None);
        }, time, logger, State.Number);

        // After the read model, so a list re-read on hearing of the change already finds it.
        await GrainFactory.Publish(summary);
    }

    private void StartFulfilment(DateTimeOffset now)
    {
        var item = State.Item!;
        State.Status = ServiceRequestStatus.InFulfilment;
        State.Tasks = [.. item.Tasks.Select((title, i) => new FulfilmentTask(i + 1, title, item.FulfilmentGroup, null, false, null, null, null))];
        Record(now, "system", "inFulfilment", $"{State.Tasks.Count} task(s) for {item.FulfilmentGroup}");
    }

    private int OpenTask(int number)
    {
        if (State.Status != ServiceRequestStatus.InFulfilment)
        {
            throw new DomainValidationException("status", $"{State.Number} is not in fulfilment.");
        }

        var index = State.Tasks.FindIndex(t => t.Number == number);
        return index < 0 ? throw new NotFoundException($"{State.Number} has no task {number}.")
            : State.Tasks[index].Done ? throw new DomainValidationException("task", $"Task {number} is already done.")
            : index;
    }

    /// <summary>
    /// The manager an administrator recorded on the account of <paramref name="person"/>, read at each use so that a
    /// manager an admin replaced stops deciding at once. People without a local account have none.
    /// </summary>
    private async Task<string?> RecordedManager(string person) => string.IsNullOrWhiteSpace(person)
        ? null
        : (await GrainFactory.GetGrain<IUserAccountGrain>(UserAccountKey.Of(person)).Find())?.Manager;

    private void Record(DateTimeOffset at, string actor, string kind, string text) =>
        State.History.Add(new ServiceRequestHistoryEntry(State.History.Count + 1, at, actor, kind, text));

    private ServiceRequestView View() => State.ToView(Id);

    private ServiceRequestSummary Summary() => new(
        Id, State.Number, State.Item?.Name ?? "", State.Status, State.RequestedBy, State.RequestedFor, State.Item?.FulfilmentGroup ?? "",
        State.Fulfilment?.DueAt, State.UpdatedAt, State.Revision,
        State.Status == ServiceRequestStatus.InFulfilment ? [.. State.Tasks.Where(t => !t.Done)] : []);
}
