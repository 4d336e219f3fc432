using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Problems;
using ItsmOrleans.Grains.Idempotency;
using ItsmOrleans.Grains.Persistence;

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

    private ProblemState State => store.State;

    private Guid Id => this.GetPrimaryKey();

    private ProblemReference Reference => new(Id, State.Number, State.Workaround, State.KnownError);

    public async Task<ProblemView> Create(CommandContext context, CreateProblem command)
    {
        if (!ProblemAccess.CanWork(context.Caller))
        {
            throw new ForbiddenException("Only agents and admins open problems.");
        }

        if (State.Created)
        {
            return RequestLedger.WasApplied(context.RequestId, command, State.CreateRequest, State.RecentRequests)
                ? View()
                : throw new VersionConflictException(0, State.Version);
        }

        ProblemRules.Validate(command);
        await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, ProblemRules.References(command));
        var incidents = new List<IncidentView>();
        foreach (var id in (command.IncidentIds ?? []).Distinct())
        {
            incidents.Add(await GrainFactory.GetGrain<IIncidentGrain>(id).Get(context.Caller));
        }

        var now = time.GetUtcNow();
        State.Created = true;
        State.Number = await GrainFactory.GetGrain<ITicketNumberGrain>(TicketNumber.ProblemPrefix).Next();
        Record(now, context.Actor, ProblemCommands.Create(State, command, now));
        State.CreateRequest = RequestLedger.ForCreate(context.RequestId, command);
        try
        {
            foreach (var incident in incidents)
            {
                if (await ProblemIncidentLinks.Link(GrainFactory, context, State, incident.Id, Reference) is { } linked)
                {
                    Record(now, context.Actor, linked);
                }
            }

            return await Commit(now);
        }
        catch
        {
            // Not created after all; a retry with the same key starts again from storage.
            DeactivateOnIdle();
            throw;
        }
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

    public Task<ProblemView> Update(CommandContext context, UpdateProblem command) =>
        Mutate(context, command, async now =>
        {
            ProblemRules.Validate(command);
            ProblemCommands.EnsureOpen(State);
            await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, ProblemRules.References(command));
            var before = Reference;
            if (!Recorded(now, context.Actor, ProblemCommands.Update(State, command)))
            {
                return false;
            }

            await ProblemIncidentLinks.Refresh(GrainFactory, context, State, before, Reference);
            return true;
        });

    public Task<ProblemView> SetKnownError(CommandContext context, bool knownError) =>
        Mutate(context, ("known-error", knownError), async now =>
        {
            var before = Reference;
            if (!Recorded(now, context.Actor, ProblemCommands.SetKnownError(State, knownError)))
            {
                return false;
            }

            await ProblemIncidentLinks.Refresh(GrainFactory, context, State, before, Reference);
            return true;
        });

    public Task<ProblemView> Move(CommandContext context, MoveProblem command) =>
        Mutate(context, command, async now =>
        {
            Record(now, context.Actor, ProblemCommands.Move(State, command));
            if (command.To == ProblemStatus.Resolved && command.ResolveWaitingIncidents)
            {
                var note = $"Resolved with problem {State.Number}: {command.Notes?.Trim()}";
                await ProblemIncidentLinks.ResolveWaiting(GrainFactory, context, State, Id, note);
            }

            return true;
        });

    public Task<ProblemView> LinkIncident(CommandContext context, Guid incidentId) =>
        Mutate(context, ("link", incidentId), async now =>
        {
            ProblemCommands.EnsureOpen(State);
            return Recorded(now, context.Actor, await ProblemIncidentLinks.Link(GrainFactory, context, State, incidentId, Reference));
        });

    public Task<ProblemView> UnlinkIncident(CommandContext context, Guid incidentId) =>
        Mutate(context, ("unlink", incidentId), async now =>
            Recorded(now, context.Actor, await ProblemIncidentLinks.Unlink(GrainFactory, context, State, incidentId, Id)));

    public Task OnIncidentChanged(IncidentSummary incident)
    {
        ProblemIncidentLinks.Follow(State, incident);
        return Task.CompletedTask;
    }

    private async Task<ProblemView> Mutate(CommandContext context, object command, Func<DateTimeOffset, Task<bool>> apply)
    {
        ProblemAccess.EnsureCanWork(context.Caller, State);
        if (RequestLedger.WasApplied(context.RequestId, command, State.CreateRequest, State.RecentRequests))
        {
            return View();
        }

        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        var now = time.GetUtcNow();
        var history = State.History.Count;
        try
        {
            if (!await apply(now))
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

    private async Task<ProblemView> Commit(DateTimeOffset now)
    {
        State.Version++;
        State.Revision++;
        State.UpdatedAt = now;
        await store.WriteOrForget(this);

        await readModel.Write(Id, State);
        return View();
    }

    /// <summary>Records what a command did; false when it did nothing.</summary>
    private bool Recorded(DateTimeOffset now, string actor, ProblemEvent? happened)
    {
        if (happened is not null)
        {
            Record(now, actor, happened);
        }

        return happened is not null;
    }

    private void Record(DateTimeOffset at, string actor, ProblemEvent happened) =>
        State.History.Add(new ProblemHistoryEntry(State.History.Count + 1, State.Version + 1, at, actor, happened.Kind, happened.Changes, happened.Note));

    private ProblemView View() => State.ToView(Id);
}
