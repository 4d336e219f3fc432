using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Escalations;
using ItsmOrleans.Grains.Persistence;

namespace ItsmOrleans.Grains.Escalations;

/// <summary>One on-call schedule: layers kept by admins, overrides by admins and agents, and who is on call when.</summary>
public sealed class OnCallScheduleGrain(
    [PersistentState(OnCallScheduleGrain.StateName, ItsmStorage.Name)] IPersistentState<OnCallScheduleState> store,
    TimeProvider time) : Grain, IOnCallScheduleGrain
{
    /// <summary>The name its state is stored under; the export reads the rows of this name.</summary>
    public const string StateName = "on-call-schedule";

    private OnCallScheduleState State => store.State;

    private string Id => this.GetPrimaryKeyString();

    public async Task<OnCallScheduleView> Define(CommandContext context, DefineOnCallSchedule definition)
    {
        if (!context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only administrators keep on-call schedules.");
        }

        EscalationRules.Validate(Id, definition);
        await Change(context, () => State.Definition = definition with { Name = definition.Name.Trim() });
        await GrainFactory.GetGrain<IOnCallDirectoryGrain>(0).RegisterSchedule(Id, State.Definition!.Name);
        return View()!;
    }

    public Task<OnCallScheduleView?> Get() => Task.FromResult(View());

    public async Task<OnCallScheduleView> AddOverride(CommandContext context, string user, DateTimeOffset start, DateTimeOffset end)
    {
        EnsureMayOverride(context);
        EscalationRules.ValidateOverride(user, start, end);
        await Change(context, () =>
        {
            // Overrides that ended go first; the schedule keeps a bounded list.
            var now = time.GetUtcNow();
            State.Overrides.RemoveAll(o => o.End <= now);
            if (State.Overrides.Count >= EscalationRules.MaxOverrides)
            {
                throw new DomainValidationException("overrides", $"At most {EscalationRules.MaxOverrides} overrides at once.");
            }

            State.Overrides.Add(new OnCallOverride(Guid.NewGuid(), user.Trim(), start, end, context.Actor));
        });
        return View()!;
    }

    public async Task<OnCallScheduleView> RemoveOverride(CommandContext context, Guid overrideId)
    {
        EnsureMayOverride(context);
        if (!State.Overrides.Exists(o => o.Id == overrideId))
        {
            throw new NotFoundException($"Schedule '{Id}' has no override {overrideId}.");
        }

        await Change(context, () => State.Overrides.RemoveAll(o => o.Id == overrideId));
        return View()!;
    }

    public Task<OnCallShift> WhoIsOnCall(DateTimeOffset at)
    {
        var definition = State.Definition ?? throw new NotFoundException($"There is no on-call schedule '{Id}'.");
        return Task.FromResult(OnCallRotation.At(definition, State.Overrides, at));
    }

    public Task<OnCallNowAndNext> NowAndNext(DateTimeOffset at)
    {
        var definition = State.Definition ?? throw new NotFoundException($"There is no on-call schedule '{Id}'.");
        var now = OnCallRotation.At(definition, State.Overrides, at);
        return Task.FromResult(new OnCallNowAndNext(Id, definition.Name, now, OnCallRotation.Next(definition, State.Overrides, now)));
    }

    private async Task Change(CommandContext context, Action apply)
    {
        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        apply();
        State.Version++;
        await store.WriteOrForget(this);
    }

    private void EnsureMayOverride(CommandContext context)
    {
        if (State.Definition is null)
        {
            throw new NotFoundException($"There is no on-call schedule '{Id}'.");
        }

        if (!context.Caller.Is(Role.Admin) && !context.Caller.Is(Role.Agent))
        {
            throw new ForbiddenException("Only agents and administrators change who is on call.");
        }
    }

    private OnCallScheduleView? View() => State.ToView(Id);
}
