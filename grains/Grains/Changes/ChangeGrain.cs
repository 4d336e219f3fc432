using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Grains.Idempotency;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Changes;

/// <summary>
/// One change request. Commands are versioned and idempotent; after each one the change reassesses its risk (while it
/// is planned) and its schedule conflicts, writes its read-model row, tells the boards, and asks the changes whose
/// windows overlapped its old or new window to recheck theirs, so conflicts stay live on both sides.
/// </summary>
public sealed class ChangeGrain(
    [PersistentState(ChangeGrain.StateName, ItsmStorage.Name)] IPersistentState<ChangeState> store,
    ChangeAssessor assessor,
    ChangePublisher publisher,
    IOptions<ChangeOptions> options,
    TimeProvider time) : Grain, IChangeGrain
{
    /// <summary>The name its state is stored under (the GrainTypeString of its storage rows).</summary>
    public const string StateName = "change";

    private ChangeState State => store.State;

    private Guid Id => this.GetPrimaryKey();

    private int RequiredApprovals => ChangeAuthorisation.RequiredApprovals(State.Type, State.Risk?.Level, options.Value);

    public async Task<ChangeView> Create(CommandContext context, CreateChange command)
    {
        if (!ChangeAccess.CanWork(context.Caller))
        {
            throw new ForbiddenException("Your roles do not let you raise changes.");
        }

        if (State.Created)
        {
            return RequestLedger.WasApplied(context.RequestId, command, State.CreateRequest, State.RecentRequests)
                ? View()
                : throw new VersionConflictException(0, State.Version);
        }

        ChangeRules.Validate(command);
        await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, ChangeRules.References(command));
        var template = command.Type == ChangeType.Standard ? await Template(command.TemplateId) : null;
        var number = await GrainFactory.GetGrain<ITicketNumberGrain>(TicketNumber.ChangePrefix).Next();
        return await Commit(context, command, previousWindow: null,
            now => ChangeCommands.Create(State, command, template, number, context.Actor, now));
    }

    public Task<ChangeView> Get(Caller caller)
    {
        ChangeAccess.EnsureCanRead(caller, State);
        return Task.FromResult(View());
    }

    public Task<IReadOnlyList<ChangeHistoryEntry>> GetHistory(Caller caller)
    {
        ChangeAccess.EnsureCanRead(caller, State);
        return Task.FromResult<IReadOnlyList<ChangeHistoryEntry>>([.. State.History]);
    }

    public async Task<ChangeView> Update(CommandContext context, UpdateChange command)
    {
        if (Replayed(context, command, ChangeAccess.EnsureCanWork))
        {
            return View();
        }

        ChangeRules.Validate(command);
        await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, ChangeRules.References(command));
        var template = State.Type == ChangeType.Standard ? await Template(State.TemplateId) : null;
        return await Commit(context, command, State.Window, _ => ChangeCommands.Update(State, command, template));
    }

    public async Task<ChangeView> Move(CommandContext context, MoveChange command)
    {
        if (Replayed(context, command, ChangeAccess.EnsureCanWork))
        {
            return View();
        }

        ChangeRules.Validate(command);
        var now = time.GetUtcNow();
        var assessment = await assessor.Assess(Id, State, now);
        var required = ChangeAuthorisation.RequiredApprovals(State.Type, ChangeAssessor.PlannedRisk(State, assessment)?.Level, options.Value);
        return await Commit(context, command, State.Window,
            at => ChangeCommands.Move(State, command, assessment, context.Actor, required, at));
    }

    public Task<ChangeView> Vote(CommandContext context, VoteOnChange command)
    {
        if (Replayed(context, command, ChangeAccess.EnsureCanRead))
        {
            return Task.FromResult(View());
        }

        ChangeRules.Validate(command);
        ChangeAuthorisation.EnsureMayVote(context.Caller, State, command);
        return Commit(context, command, State.Window, now => ChangeCommands.Vote(State, command, context.Actor, RequiredApprovals, now));
    }

    public async Task<ChangeView> LinkCausedIncident(CommandContext context, Guid incidentId)
    {
        if (Replayed(context, incidentId, ChangeAccess.EnsureCanWork))
        {
            return View();
        }

        var incident = await GrainFactory.GetGrain<IIncidentGrain>(incidentId).LinkCausingChange(context, Id, State.Number);
        return await Commit(context, incidentId, State.Window,
            now => ChangeCommands.LinkIncident(State, incidentId, incident.Number, context.Actor, now));
    }

    public async Task RecheckConflicts()
    {
        if (!State.Created || ChangeWorkflow.IsFinal(State.Status))
        {
            return;
        }

        var now = time.GetUtcNow();
        var before = State.Revision;
        try
        {
            if (ChangeCommands.Reassess(State, await assessor.Assess(Id, State, now)) is not { } reassessed)
            {
                return;
            }

            State.Revision++;
            Record(reassessed, "system", now);
            await store.WriteStateAsync();
            await publisher.Publish(Id, State);
        }
        catch when (State.Revision != before)
        {
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Checks access, then answers whether the command is a replay; a stale expected version is refused.</summary>
    private bool Replayed(CommandContext context, object command, Action<Caller, ChangeState> ensureAllowed)
    {
        ensureAllowed(context.Caller, State);
        if (RequestLedger.WasApplied(context.RequestId, command, State.CreateRequest, State.RecentRequests))
        {
            return true;
        }

        return context.ExpectedVersion is { } expected && expected != State.Version
            ? throw new VersionConflictException(expected, State.Version)
            : false;
    }

    private async Task<ChangeView> Commit(CommandContext context, object command, ChangeWindow? previousWindow, Func<DateTimeOffset, ChangeEvent?> apply)
    {
        var now = time.GetUtcNow();
        var change = apply(now);
        if (change is null)
        {
            return View();
        }

        try
        {
            State.Version++;
            State.Revision++;
            State.UpdatedAt = now;
            // What the command did and what it did to the risk and conflicts are one history entry.
            if (ChangeCommands.Reassess(State, await assessor.Assess(Id, State, now)) is { } reassessed)
            {
                change = change with { Changes = [.. change.Changes, .. reassessed.Changes] };
            }

            Record(change, context.Actor, now);

            if (command is CreateChange)
            {
                State.CreateRequest = RequestLedger.ForCreate(context.RequestId, command);
            }
            else
            {
                RequestLedger.Remember(context.RequestId, command, State.RecentRequests);
            }

            await store.WriteStateAsync();
            await publisher.Publish(Id, State);
        }
        catch
        {
            // The in-memory state ran ahead of storage; reload it on the next call rather than serve it.
            DeactivateOnIdle();
            throw;
        }

        await assessor.AskNeighboursToRecheck(Id, State, previousWindow);
        return View();
    }

    private void Record(ChangeEvent change, string actor, DateTimeOffset now) =>
        State.History.Add(new ChangeHistoryEntry(State.History.Count + 1, State.Version, now, actor, change.Kind, change.Changes, change.Note));

    private async Task<ChangeTemplate?> Template(string? templateId) =>
        templateId is null ? null : (await GrainFactory.GetGrain<IChangeCatalogGrain>(0).Get()).Templates.FirstOrDefault(t => t.Id == templateId);

    private ChangeView View() => State.ToView(Id, options.Value);
}
