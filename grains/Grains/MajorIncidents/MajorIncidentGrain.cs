using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.MajorIncidents;
using ItsmOrleans.Grains.Projections;
using ItsmOrleans.Grains.Idempotency;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>
/// One major incident. Commands are versioned and idempotent; each change goes on the timeline, into the read model
/// and onto every board's banner. While active, a grain timer marks the next stakeholder update due soon and overdue
/// on time; a reminder wakes the grain for it after a crash or deactivation.
/// </summary>
public sealed partial class MajorIncidentGrain(
    [PersistentState(MajorIncidentGrain.StateName, ItsmStorage.Name)] IPersistentState<MajorIncidentState> store,
    IMajorIncidentProjection projection,
    IOptions<MajorIncidentOptions> options,
    TimeProvider time,
    ILogger<MajorIncidentGrain> logger) : Grain, IMajorIncidentGrain, IRemindable
{
    /// <summary>The name its state is stored under (the GrainTypeString of its storage rows).</summary>
    public const string StateName = "major-incident";

    private MajorIncidentState State => store.State;

    private Guid Id => this.GetPrimaryKey();

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        State.Created ? CheckCadence() : Task.CompletedTask;

    public async Task<MajorIncidentView> Promote(CommandContext context, PromoteIncidents command)
    {
        if (!MajorIncidentAccess.CanRun(context.Caller))
        {
            throw new ForbiddenException("Only agents and admins promote major incidents.");
        }

        if (State.Created)
        {
            return RequestLedger.WasApplied(context.RequestId, command, State.CreateRequest, State.RecentRequests)
                ? View()
                : throw new VersionConflictException(0, State.Version);
        }

        MajorIncidentRules.Validate(command, options.Value);
        await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, MajorIncidentRules.References(command));
        var ids = new[] { command.PrimaryIncidentId }.Concat(command.RelatedIncidentIds).Distinct().ToList();
        var incidents = new List<IncidentView>();
        foreach (var id in ids)
        {
            incidents.Add(await GrainFactory.GetGrain<IIncidentGrain>(id).Get(context.Caller));
        }

        var primary = incidents[0];
        if (primary.Priority != Priority.P1 && string.IsNullOrWhiteSpace(command.OverrideReason))
        {
            throw new DomainValidationException("primaryIncidentId", $"{primary.Number} is {primary.Priority}; promote a P1, or give an override reason.");
        }

        if (incidents.Find(i => i.MajorIncident is not null && i.MajorIncident.Id != Id) is { } taken)
        {
            throw new DomainValidationException("relatedIncidentIds", $"{taken.Number} is already handled under {taken.MajorIncident!.Number}.");
        }

        var number = await GrainFactory.GetGrain<ITicketNumberGrain>(TicketNumber.MajorIncidentPrefix).Next();
        var reference = new MajorIncidentReference(Id, number);
        var joined = new List<IncidentView>();
        foreach (var incident in incidents)
        {
            joined.Add(await GrainFactory.GetGrain<IIncidentGrain>(incident.Id).JoinMajorIncident(context with { ExpectedVersion = null }, reference));
        }

        var now = time.GetUtcNow();
        State.Created = true;
        State.Number = number;
        State.Title = command.Title.Trim();
        State.Status = MajorIncidentStatus.Active;
        State.Commander = command.Commander.Trim();
        State.PrimaryIncidentId = primary.Id;
        State.Children = [.. joined.Select(Child)];
        State.Cadence = command.UpdateCadence ?? options.Value.UpdateCadence;
        State.PromotedAt = now;
        State.NextUpdateDue = UpdateCadence.NextDue(now, State.Cadence);
        State.UpdateDue = UpdateDueState.OnTrack;
        State.CreateRequest = RequestLedger.ForCreate(context.RequestId, command);
        var reason = string.IsNullOrWhiteSpace(command.OverrideReason) ? "" : $" ({primary.Priority}: {command.OverrideReason.Trim()})";
        Add(now, context.Actor, TimelineEntryKind.Promoted, $"{primary.Number} promoted to major incident {number}{reason}; commander {State.Commander}");
        foreach (var child in State.Children.Skip(1))
        {
            Add(now, context.Actor, TimelineEntryKind.ChildAdded, $"{child.Number} added: {child.Title}");
        }

        return await Commit(now);
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
            EnsureNotFinal();
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

    private async Task<MajorIncidentView> Mutate(CommandContext context, object command, Func<DateTimeOffset, Task<bool>> apply)
    {
        MajorIncidentAccess.EnsureCanRun(context.Caller, State);
        if (RequestLedger.WasApplied(context.RequestId, command, State.CreateRequest, State.RecentRequests))
        {
            return View();
        }

        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        var now = time.GetUtcNow();
        var revision = State.Revision;
        var timeline = State.Timeline.Count;
        try
        {
            if (!await apply(now))
            {
                return View();
            }

            RequestLedger.Remember(context.RequestId, command, State.RecentRequests);
            return await Commit(now);
        }
        catch when (State.Timeline.Count != timeline || State.Revision != revision)
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task<MajorIncidentView> Commit(DateTimeOffset now)
    {
        await Save(now, bumpVersion: true);
        await CheckCadence();
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
        State.UpdateDue = UpdateCadence.StateAt(State.Status, State.NextUpdateDue, Warning, now);
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
        await ProjectionRetry.Run(() => projection.Upsert(summary, CancellationToken.None), time, logger, State.Number);
        await GrainFactory.Publish(summary);
    }

    private void EnsureNotFinal()
    {
        if (MajorIncidentWorkflow.IsFinal(State.Status))
        {
            throw new DomainValidationException("status", $"{State.Number} is {MajorIncidentWorkflow.Name(State.Status)}.");
        }
    }

    private void Add(DateTimeOffset at, string actor, TimelineEntryKind kind, string text) =>
        State.Timeline.Add(new TimelineEntry(State.Timeline.Count + 1, at, actor, kind, text));

    private MajorIncidentView View() => State.ToView(Id);

    private MajorIncidentSummary Summary()
    {
        var s = State;
        var primary = s.Children.Find(c => c.Id == s.PrimaryIncidentId)?.Number ?? "";
        return new MajorIncidentSummary(
            Id, s.Number, s.Title, s.Status, s.Commander, primary, s.Children.Count, s.PromotedAt,
            s.Status == MajorIncidentStatus.Active ? s.NextUpdateDue : null, s.UpdateDue, s.UpdatedAt, s.Version, s.Revision);
    }
}
