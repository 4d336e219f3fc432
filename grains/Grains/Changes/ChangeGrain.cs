using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Grains.Commands;
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

    private VersionedCommands<ChangeState>? _commands;

    private ChangeState State => store.State;

    private VersionedCommands<ChangeState> Commands => _commands ??= new(this, store, time);

    private Guid Id => this.GetPrimaryKey();

    private int RequiredApprovals => ChangeAuthorisation.RequiredApprovals(State.Type, State.Risk?.Level, options.Value);

    public async Task<ChangeView> Create(CommandContext context, CreateChange command)
    {
        if (!ChangeAccess.CanWork(context.Caller))
        {
            throw new ForbiddenException("Your roles do not let you raise changes.");
        }

        await Commands.Create(context, command, Steps(context, previousWindow: null, async now =>
        {
            ChangeRules.Validate(command);
            await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, ChangeRules.References(command));
            var template = command.Type == ChangeType.Standard ? await Template(command.TemplateId) : null;
            var number = await GrainFactory.GetGrain<ITicketNumberGrain>(TicketNumber.ChangePrefix).Next();
            return ChangeCommands.Create(State, command, template, number, context.Actor, now);
        }));
        return View();
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

    public Task<ChangeView> Update(CommandContext context, UpdateChange command) =>
        Mutate(context, command, ChangeAccess.EnsureCanWork, async _ =>
        {
            ChangeRules.Validate(command);
            await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, ChangeRules.References(command));
            var template = State.Type == ChangeType.Standard ? await Template(State.TemplateId) : null;
            return ChangeCommands.Update(State, command, template);
        });

    public Task<ChangeView> Move(CommandContext context, MoveChange command) =>
        Mutate(context, command, ChangeAccess.EnsureCanWork, async now =>
        {
            ChangeRules.Validate(command);
            var assessment = await assessor.Assess(Id, State, now);
            var required = ChangeAuthorisation.RequiredApprovals(State.Type, ChangeAssessor.PlannedRisk(State, assessment)?.Level, options.Value);
            return ChangeCommands.Move(State, command, assessment, context.Actor, required, now);
        });

    public Task<ChangeView> Vote(CommandContext context, VoteOnChange command) =>
        Mutate(context, command, ChangeAccess.EnsureCanRead, now =>
        {
            ChangeRules.Validate(command);
            ChangeAuthorisation.EnsureMayVote(context.Caller, State, command);
            return Task.FromResult<ChangeEvent?>(ChangeCommands.Vote(State, command, context.Actor, RequiredApprovals, now));
        });

    public Task<ChangeView> LinkCausedIncident(CommandContext context, Guid incidentId) =>
        Mutate(context, incidentId, ChangeAccess.EnsureCanWork, async now =>
        {
            var incident = await GrainFactory.GetGrain<IIncidentGrain>(incidentId).LinkCausingChange(context, Id, State.Number);
            return ChangeCommands.LinkIncident(State, incidentId, incident.Number, context.Actor, now);
        });

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

    private async Task<ChangeView> Mutate(
        CommandContext context, object command, Action<Caller, ChangeState> ensureAllowed, Func<DateTimeOffset, Task<ChangeEvent?>> apply)
    {
        var steps = Steps(context, State.Window, apply) with { EnsureAllowed = () => ensureAllowed(context.Caller, State) };
        await Commands.Run(context, command, steps);
        return View();
    }

    /// <summary>
    /// How a change command goes: what it did and what it did to the risk and conflicts are one history entry; once it
    /// is saved the boards hear of it, and the changes whose windows overlapped its old or new window recheck theirs.
    /// </summary>
    private CommandSteps<ChangeEvent> Steps(CommandContext context, ChangeWindow? previousWindow, Func<DateTimeOffset, Task<ChangeEvent?>> apply) => new()
    {
        Apply = apply,
        BeforeSave = async (change, now) =>
        {
            if (ChangeCommands.Reassess(State, await assessor.Assess(Id, State, now)) is { } reassessed)
            {
                change = change with { Changes = [.. change.Changes, .. reassessed.Changes] };
            }

            Record(change, context.Actor, now);
        },
        AfterSave = async (_, _) =>
        {
            await publisher.Publish(Id, State);
            await assessor.AskNeighboursToRecheck(Id, State, previousWindow);
        },
    };

    private void Record(ChangeEvent change, string actor, DateTimeOffset now) =>
        State.History.Add(new ChangeHistoryEntry(State.History.Count + 1, State.Version, now, actor, change.Kind, change.Changes, change.Note));

    private async Task<ChangeTemplate?> Template(string? templateId) =>
        templateId is null ? null : (await GrainFactory.GetGrain<IChangeCatalogGrain>(0).Get()).Templates.FirstOrDefault(t => t.Id == templateId);

    private ChangeView View() => State.ToView(Id, options.Value);
}
