using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Risks;
using ItsmOrleans.Grains.Commands;
using ItsmOrleans.Grains.Notices;
using ItsmOrleans.Grains.Persistence;
using ItsmOrleans.Grains.Projections;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.Risks;

/// <summary>
/// One risk of the register. Commands are versioned and idempotent and go into its history; the read model follows each.
/// While it is open with a review date, a daily reminder looks at the date: once the review day has passed, a notice
/// says so on every board until the date moves or the risk closes.
/// </summary>
public sealed class RiskGrain(
    [PersistentState(RiskGrain.StateName, ItsmStorage.Name)] IPersistentState<RiskState> store,
    IRiskProjection projection,
    INoticeProjection notices,
    TimeProvider time,
    ILogger<RiskGrain> logger) : Grain, IRiskGrain, IRemindable
{
    private const string ReviewCheck = "risk-review";

    /// <summary>The name its state is stored under (the GrainTypeString of its storage rows).</summary>
    public const string StateName = "risk";

    private VersionedCommands<RiskState>? _commands;
    private bool _reminderKnown;
    private DateOnly? _reminderFor;

    private RiskState State => store.State;

    private VersionedCommands<RiskState> Commands => _commands ??= new(this, store, time);

    private Guid Id => this.GetPrimaryKey();

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public Task ReceiveReminder(string reminderName, TickStatus status) => State.Created ? WatchReview() : Task.CompletedTask;

    public async Task<RiskView> Record(CommandContext context, RecordRisk command)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!RiskAccess.CanEdit(context.Caller))
        {
            throw new ForbiddenException("Change managers and admins keep the risk register.");
        }

        await Commands.Create(context, command, Steps(context, async now =>
        {
            RiskRules.Validate(command);
            await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, RiskRules.References(command.Owner, command.Links, null));
            await RiskLinkCheck.EnsureExist(GrainFactory, context.Caller, command.Links);
            var number = await GrainFactory.GetGrain<ITicketNumberGrain>(TicketNumber.RiskPrefix).Next();
            (State.Created, State.Number) = (true, number);
            return RiskCommands.Record(State, command, now);
        }));
        return View();
    }

    public Task<RiskView> Get(Caller caller)
    {
        RiskAccess.EnsureCanRead(caller, State);
        return Task.FromResult(View());
    }

    public Task<IReadOnlyList<RiskHistoryEntry>> GetHistory(Caller caller)
    {
        RiskAccess.EnsureCanRead(caller, State);
        return Task.FromResult<IReadOnlyList<RiskHistoryEntry>>([.. State.History]);
    }

    public Task<RiskView> Update(CommandContext context, UpdateRisk command) =>
        Mutate(context, command, async _ =>
        {
            RiskRules.Validate(command);
            RiskCommands.EnsureOpen(State);
            await ReferenceCheck.EnsureExist(GrainFactory, context.Caller, RiskRules.References(command.Owner, command.Links, command.Actions));
            await RiskLinkCheck.EnsureExist(GrainFactory, context.Caller, command.Links);
            return RiskCommands.Update(State, command);
        });

    public Task<RiskView> Move(CommandContext context, MoveRisk command) =>
        Mutate(context, command, _ => Task.FromResult<RiskEvent?>(RiskCommands.Move(State, command)));

    private async Task<RiskView> Mutate(CommandContext context, object command, Func<DateTimeOffset, Task<RiskEvent?>> apply)
    {
        ArgumentNullException.ThrowIfNull(context);
        await Commands.Run(context, command, Steps(context, apply) with { EnsureAllowed = () => RiskAccess.EnsureCanEdit(context.Caller, State) });
        return View();
    }

    private CommandSteps<RiskEvent> Steps(CommandContext context, Func<DateTimeOffset, Task<RiskEvent?>> apply) => new()
    {
        Apply = apply,
        BeforeSave = (happened, now) =>
        {
            State.History.Add(new RiskHistoryEntry(State.History.Count + 1, State.Version, now, context.Actor, happened.Kind, happened.Changes, happened.Note));
            return Task.CompletedTask;
        },
        AfterSave = async (_, _) =>
        {
            var view = View();
            await ProjectionRetry.Run(() => projection.Upsert(view, State.Revision, CancellationToken.None), time, logger, State.Number);
            await GrainFactory.Publish(view);
            await WatchReview();
        },
    };

    /// <summary>Tells the boards when the review became (or stopped being) overdue; keeps the daily check while it matters.</summary>
    private async Task WatchReview()
    {
        var overdue = RiskReview.IsOverdue(State.Status, State.ReviewBy, Today);
        if (overdue != State.ReviewOverdueAnnounced)
        {
            (State.ReviewOverdueAnnounced, State.NoticeRevision) = (overdue, State.NoticeRevision + 1);
            await store.WriteOrForget(this);
            var text = $"{State.Number} '{State.Title}' was due for review on {State.ReviewBy:yyyy-MM-dd} (owner: {State.Owner})";
            await NoticeBoard.Post(GrainFactory, notices, new BoardNotice($"risk:{Id}", NoticeKind.RiskReviewOverdue, text, time.GetUtcNow(), overdue, State.NoticeRevision));
        }

        // The daily reminder is set or dropped once per activation and whenever what it watches changes, not on every command.
        var watching = RiskReview.IsWatched(State.Status, State.ReviewBy) ? State.ReviewBy : null;
        if (_reminderKnown && _reminderFor == watching)
        {
            return;
        }

        if (watching is not null)
        {
            var untilMidnight = Today.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - time.GetUtcNow().UtcDateTime;
            await this.RegisterOrUpdateReminder(ReviewCheck, untilMidnight + TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
        }
        else if (await this.GetReminder(ReviewCheck) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        (_reminderKnown, _reminderFor) = (true, watching);
    }

    private RiskView View() => State.ToView(Id);
}
