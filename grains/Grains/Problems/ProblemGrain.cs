using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Problems;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Grains.Projections;
using ItsmOrleans.Grains.Reports;
using ItsmOrleans.Grains.Idempotency;
using ItsmOrleans.Grains.Search;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.Problems;

/// <summary>
/// One problem. Commands are versioned and idempotent and go into its history. Its linked incidents carry its current
/// workaround (pushed to them whenever it changes); resolving it resolves the linked incidents waiting for it.
/// </summary>
public sealed partial class ProblemGrain(
    [PersistentState(ProblemGrain.StateName, ItsmStorage.Name)] IPersistentState<ProblemState> store,
    IProblemProjection projection,
    ISearchProjection search,
    ITicketHistoryProjection ticketHistory,
    TimeProvider time,
    ILogger<ProblemGrain> logger) : Grain, IProblemGrain
{
    /// <summary>The name its state is stored under (the GrainTypeString of its storage rows).</summary>
    public const string StateName = "problem";

    private ProblemState State => store.State;

    private readonly ReportedHistory _reported = new();

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
        State.Title = command.Title.Trim();
        State.Description = command.Description ?? "";
        State.Status = ProblemStatus.New;
        State.ServiceId = Blank(command.ServiceId);
        State.AssignmentGroup = Blank(command.AssignmentGroup);
        State.Assignee = Blank(command.Assignee);
        State.CreatedAt = now;
        State.CreateRequest = RequestLedger.ForCreate(context.RequestId, command);
        var changes = new FieldChangeList();
        changes.Track("title", null, State.Title);
        changes.Track("serviceId", null, State.ServiceId);
        Record(now, context.Actor, "created", changes);
        try
        {
            foreach (var incident in incidents)
            {
                var linked = await GrainFactory.GetGrain<IIncidentGrain>(incident.Id).LinkProblem(Internal(context), Reference);
                State.Incidents.Add(Linked(linked));
                Record(now, context.Actor, "incidentLinked", [new FieldChange("incident", null, linked.Number)]);
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
            EnsureOpen();
            await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, ProblemRules.References(command));
            var before = Reference;
            var changes = new FieldChangeList();
            changes.Track("title", State.Title, command.Title?.Trim() ?? State.Title);
            changes.Track("description", State.Description, command.Description ?? State.Description);
            changes.Track("symptoms", State.Symptoms, Pick(command.Symptoms, State.Symptoms));
            changes.Track("cause", State.Cause, Pick(command.Cause, State.Cause));
            changes.Track("workaround", State.Workaround, Pick(command.Workaround, State.Workaround));
            changes.Track("serviceId", State.ServiceId, Pick(command.ServiceId, State.ServiceId));
            changes.Track("assignmentGroup", State.AssignmentGroup, Pick(command.AssignmentGroup, State.AssignmentGroup));
            changes.Track("assignee", State.Assignee, Pick(command.Assignee, State.Assignee));
            if (changes.Count == 0)
            {
                return false;
            }

            if (State.KnownError && command.Workaround is not null && Blank(command.Workaround) is null && Pick(command.Cause, State.Cause) is null)
            {
                throw new DomainValidationException("workaround", "A known error keeps a workaround or a cause; withdraw it as a known error first.");
            }

            State.Title = command.Title?.Trim() ?? State.Title;
            State.Description = command.Description ?? State.Description;
            (State.Symptoms, State.Cause, State.Workaround) = (Pick(command.Symptoms, State.Symptoms), Pick(command.Cause, State.Cause), Pick(command.Workaround, State.Workaround));
            (State.ServiceId, State.AssignmentGroup, State.Assignee) =
                (Pick(command.ServiceId, State.ServiceId), Pick(command.AssignmentGroup, State.AssignmentGroup), Pick(command.Assignee, State.Assignee));
            Record(now, context.Actor, "updated", changes);
            await RefreshIncidents(context, before);
            return true;
        });

    public Task<ProblemView> SetKnownError(CommandContext context, bool knownError) =>
        Mutate(context, ("known-error", knownError), async now =>
        {
            if (State.KnownError == knownError)
            {
                return false;
            }

            if (knownError && State.Workaround is null && State.Cause is null)
            {
                throw new DomainValidationException("workaround", "A known error needs a workaround or a cause for agents to apply.");
            }

            var before = Reference;
            State.KnownError = knownError;
            Record(now, context.Actor, knownError ? "knownErrorPublished" : "knownErrorWithdrawn", [new FieldChange("knownError", (!knownError).ToString(), knownError.ToString())]);
            await RefreshIncidents(context, before);
            return true;
        });

    public Task<ProblemView> Move(CommandContext context, MoveProblem command) =>
        Mutate(context, command, async now =>
        {
            ProblemRules.Validate(command);
            ProblemWorkflow.Table.EnsureAllowed(State.Status, command.To, new ProblemTransitionRequest(command, State.Cause));
            var changes = new FieldChangeList();
            changes.Track<Enum>("status", State.Status, command.To);
            State.Status = command.To;
            if (command.To == ProblemStatus.Resolved)
            {
                changes.Track<Enum?>("resolution", State.Resolution, command.Resolution);
                (State.Resolution, State.ResolutionNotes) = (command.Resolution, command.Notes?.Trim());
            }

            Record(now, context.Actor, "statusChanged", changes, Blank(command.Notes));
            if (command.To == ProblemStatus.Resolved && command.ResolveWaitingIncidents)
            {
                var note = $"Resolved with problem {State.Number}: {command.Notes?.Trim()}";
                foreach (var incident in State.Incidents.ToList())
                {
                    await GrainFactory.GetGrain<IIncidentGrain>(incident.Id).ResolveFromProblem(Internal(context), Id, note);
                }
            }

            return true;
        });

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
        await ProjectionRetry.Run(async () =>
        {
            await projection.Upsert(summary, CancellationToken.None);
            await search.Upsert(Indexed(), CancellationToken.None);
            await _reported.Append(ticketHistory, ProblemHistoryEvents.From(Id, State.Number, State.AssignmentGroup, State.History), State.History.Count);
        }, time, logger, State.Number);
        return View();
    }

    private void EnsureOpen()
    {
        if (ProblemWorkflow.IsFinal(State.Status))
        {
            throw new DomainValidationException("status", $"{State.Number} is {ProblemWorkflow.Name(State.Status)}.");
        }
    }

    private void Record(DateTimeOffset at, string actor, string kind, IReadOnlyList<FieldChange> changes, string? note = null) =>
        State.History.Add(new ProblemHistoryEntry(State.History.Count + 1, State.Version + 1, at, actor, kind, changes, note));

    /// <summary>Calls on linked incidents carry the caller and request id, never the problem's expected version.</summary>
    private static CommandContext Internal(CommandContext context) => context with { ExpectedVersion = null };

    private static string? Pick(string? requested, string? current) => requested is null ? current : Blank(requested);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private ProblemView View() => State.ToView(Id);

    private ProblemSummary Summary()
    {
        var s = State;
        return new ProblemSummary(Id, s.Number, s.Title, s.Status, s.ServiceId, s.Symptoms, s.Cause, s.Workaround, s.KnownError, s.Incidents.Count, s.UpdatedAt, s.Version, s.Revision);
    }
}
