using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Problems;
using ItsmOrleans.Grains.Commands;

namespace ItsmOrleans.Grains.Problems;

/// <summary>
/// One problem. Commands are versioned and idempotent and go into its history. Its linked incidents carry its current
/// workaround (pushed to them whenever it changes); resolving it resolves the linked incidents waiting for it.
/// </summary>
public sealed class ProblemGrain(
    [PersistentState(ProblemGrain.StateName, ItsmStorage.Name)] IPersistentState<ProblemState> store,
    ProblemReadModelWriter readModel,
    TimeProvider time) : Grain, IProblemGrain
{
    /// <summary>The name its state is stored under (the GrainTypeString of its storage rows).</summary>
    public const string StateName = "problem";

    private VersionedCommands<ProblemState>? _commands;

    private ProblemState State => store.State;

    private VersionedCommands<ProblemState> Commands => _commands ??= new(this, store, time);

    private Guid Id => this.GetPrimaryKey();

    private ProblemReference Reference => new(Id, State.Number, State.Workaround, State.KnownError);

    public async Task<ProblemView> Create(CommandContext context, CreateProblem command)
    {
        if (!ProblemAccess.CanWork(context.Caller))
        {
            throw new ForbiddenException("Only agents and admins open problems.");
        }

        var incidents = new List<IncidentView>();
        var steps = Steps(context, async now =>
        {
            ProblemRules.Validate(command);
            await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, ProblemRules.References(command));
            foreach (var id in (command.IncidentIds ?? []).Distinct())
            {
                incidents.Add(await GrainFactory.GetGrain<IIncidentGrain>(id).Get(context.Caller));
            }

            var number = await GrainFactory.GetGrain<ITicketNumberGrain>(TicketNumber.ProblemPrefix).Next();
            (State.Created, State.Number) = (true, number);
            return ProblemCommands.Create(State, command, now);
        }, async now =>
        {
            foreach (var incident in incidents)
            {
                if (await ProblemIncidentLinks.Link(GrainFactory, context, State, incident.Id, Reference) is { } linked)
                {
                    Record(now, context.Actor, linked);
                }
            }
        });
        await Commands.Create(context, command, steps);
        return View();
    }

    public Task<ProblemView> Get(Caller caller)
    {
        ProblemAccess.EnsureCanRead(caller, State);
        return Task.FromResult(View());
    }

    public Task<IReadOnlyList<ProblemHistoryEntry>> GetHistory(Caller caller)
    {
        ProblemAccess.EnsureCanRead(caller, State);
        return Task.FromResult<IReadOnlyList<ProblemHistoryEntry>>([.. State.History]);
    }

    public Task<ProblemView> Update(CommandContext context, UpdateProblem command)
    {
        var before = Reference;
        return Mutate(context, command, async _ =>
        {
            ProblemRules.Validate(command);
            ProblemCommands.EnsureOpen(State);
            await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, ProblemRules.References(command));
            return ProblemCommands.Update(State, command);
        }, _ => ProblemIncidentLinks.Refresh(GrainFactory, context, State, before, Reference));
    }

    public Task<ProblemView> SetKnownError(CommandContext context, bool knownError)
    {
        var before = Reference;
        return Mutate(context, ("known-error", knownError), _ => Task.FromResult(ProblemCommands.SetKnownError(State, knownError)),
            _ => ProblemIncidentLinks.Refresh(GrainFactory, context, State, before, Reference));
    }

    public Task<ProblemView> Move(CommandContext context, MoveProblem command) =>
        Mutate(context, command, _ => Task.FromResult<ProblemEvent?>(ProblemCommands.Move(State, command)), async _ =>
        {
            if (command.To == ProblemStatus.Resolved && command.ResolveWaitingIncidents)
            {
                var note = $"Resolved with problem {State.Number}: {command.Notes?.Trim()}";
                await ProblemIncidentLinks.ResolveWaiting(GrainFactory, context, State, Id, note);
            }
        });

    public Task<ProblemView> LinkIncident(CommandContext context, Guid incidentId) =>
        Mutate(context, ("link", incidentId), async _ =>
        {
            ProblemCommands.EnsureOpen(State);
            return await ProblemIncidentLinks.Link(GrainFactory, context, State, incidentId, Reference);
        });

    public Task<ProblemView> UnlinkIncident(CommandContext context, Guid incidentId) =>
        Mutate(context, ("unlink", incidentId), _ => ProblemIncidentLinks.Unlink(GrainFactory, context, State, incidentId, Id));

    public Task OnIncidentChanged(IncidentSummary incident)
    {
        ProblemIncidentLinks.Follow(State, incident);
        return Task.CompletedTask;
    }

    private async Task<ProblemView> Mutate(
        CommandContext context, object command, Func<DateTimeOffset, Task<ProblemEvent?>> apply, Func<DateTimeOffset, Task>? tellIncidents = null)
    {
        var steps = Steps(context, apply, tellIncidents) with { EnsureAllowed = () => ProblemAccess.EnsureCanWork(context.Caller, State) };
        await Commands.Run(context, command, steps);
        return View();
    }

    /// <summary>
    /// How a problem command goes: what happened goes into the history and the linked incidents hear of it before it
    /// is saved (should they not, nothing is saved and a retry tells them again); then the read model is written.
    /// </summary>
    private CommandSteps<ProblemEvent> Steps(
        CommandContext context, Func<DateTimeOffset, Task<ProblemEvent?>> apply, Func<DateTimeOffset, Task>? tellIncidents) => new()
    {
        Apply = apply,
        BeforeSave = async (happened, now) =>
        {
            Record(now, context.Actor, happened);
            if (tellIncidents is not null)
            {
                await tellIncidents(now);
            }
        },
        AfterSave = (_, _) => readModel.Write(Id, State),
    };

    private void Record(DateTimeOffset at, string actor, ProblemEvent happened) =>
        State.History.Add(new ProblemHistoryEntry(State.History.Count + 1, State.Version, at, actor, happened.Kind, happened.Changes, happened.Note));

    private ProblemView View() => State.ToView(Id);
}
