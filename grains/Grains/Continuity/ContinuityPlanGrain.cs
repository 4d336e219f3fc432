using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Continuity;
using ItsmOrleans.Grains.Commands;
using ItsmOrleans.Grains.Notices;
using ItsmOrleans.Grains.Projections;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.Continuity;

/// <summary>
/// One continuity plan: drafted, approved (each approval a numbered revision), revised, retired, invoked
/// (<c>ContinuityPlanGrain.Invocation.cs</c>). Commands are versioned and idempotent and go into its history; the read
/// model and the live list follow each.
/// </summary>
public sealed partial class ContinuityPlanGrain(
    [PersistentState(ContinuityPlanGrain.StateName, ItsmStorage.Name)] IPersistentState<PlanState> store,
    IPlanProjection projection,
    INoticeProjection notices,
    ContinuityMetrics metrics,
    TimeProvider time,
    ILogger<ContinuityPlanGrain> logger) : Grain, IContinuityPlanGrain
{
    /// <summary>The name its state is stored under (the GrainTypeString of its storage rows).</summary>
    public const string StateName = "continuity-plan";

    private VersionedCommands<PlanState>? _commands;

    private PlanState State => store.State;

    private VersionedCommands<PlanState> Commands => _commands ??= new(this, store, time);

    private Guid Id => this.GetPrimaryKey();

    public async Task<ContinuityPlanView> Record(CommandContext context, PlanContent content)
    {
        ArgumentNullException.ThrowIfNull(context);
        ContinuityAccess.EnsureCanEdit(context.Caller);
        await Commands.Create(context, content, Steps(context, async now =>
        {
            PlanRules.Validate(content);
            await PlanLinkCheck.EnsureExist(GrainFactory, context.Caller, content);
            var number = await GrainFactory.GetGrain<ITicketNumberGrain>(TicketNumber.ContinuityPlanPrefix).Next();
            (State.Created, State.Number) = (true, number);
            return PlanCommands.Record(State, content, now);
        }));
        return View();
    }

    public Task<ContinuityPlanView> Get(Caller caller)
    {
        EnsureCanRead(caller);
        return Task.FromResult(View());
    }

    public Task<IReadOnlyList<PlanHistoryEntry>> GetHistory(Caller caller)
    {
        EnsureCanRead(caller);
        return Task.FromResult<IReadOnlyList<PlanHistoryEntry>>([.. State.History]);
    }

    public Task<ContinuityPlanView> Revise(CommandContext context, PlanContent content) =>
        Mutate(context, content, async _ =>
        {
            PlanRules.Validate(content);
            await PlanLinkCheck.EnsureExist(GrainFactory, context.Caller, content);
            return PlanCommands.Revise(State, content);
        });

    public Task<ContinuityPlanView> Move(CommandContext context, MovePlan command) =>
        Mutate(context, command, now => Task.FromResult<PlanEvent?>(PlanCommands.Move(State, command, context.Actor, now)));

    private async Task<ContinuityPlanView> Mutate(CommandContext context, object command, Func<DateTimeOffset, Task<PlanEvent?>> apply)
    {
        ArgumentNullException.ThrowIfNull(context);
        await Commands.Run(context, command, Steps(context, apply) with
        {
            EnsureAllowed = () =>
            {
                EnsureCanRead(context.Caller);
                ContinuityAccess.EnsureCanEdit(context.Caller);
            },
        });
        return View();
    }

    private CommandSteps<PlanEvent> Steps(CommandContext context, Func<DateTimeOffset, Task<PlanEvent?>> apply) => new()
    {
        Apply = apply,
        BeforeSave = (happened, now) =>
        {
            State.History.Add(new PlanHistoryEntry(State.History.Count + 1, State.Version, now, context.Actor, happened.Kind, happened.Changes, happened.Note));
            return Task.CompletedTask;
        },
        AfterSave = (_, _) => Project(),
    };

    /// <summary>The read model and the live list follow the saved plan.</summary>
    private async Task Project()
    {
        var view = View();
        await ProjectionRetry.Run(() => projection.Upsert(view, State.Revision, CancellationToken.None), time, logger, State.Number);
        await GrainFactory.Publish(view);
    }

    private void EnsureCanRead(Caller caller)
    {
        ContinuityAccess.EnsureCanRead(caller);
        if (!State.Created)
        {
            throw new NotFoundException("There is no such continuity plan.");
        }
    }

    private ContinuityPlanView View() => State.ToView(Id);
}
