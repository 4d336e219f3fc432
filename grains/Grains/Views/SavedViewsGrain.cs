using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Views;
using ItsmOrleans.Domain.Views;
using ItsmOrleans.Grains.Persistence;
using ItsmOrleans.Grains.Projections;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.Views;

/// <summary>One owner's saved views; each change is saved, then mirrored to the read model that shared views are listed from.</summary>
public sealed class SavedViewsGrain(
    [PersistentState("saved-views", ItsmStorage.Name)] IPersistentState<SavedViewsState> store,
    ISavedViewProjection projection,
    TimeProvider time,
    ILogger<SavedViewsGrain> logger) : Grain, ISavedViewsGrain
{
    private SavedViewsState State => store.State;

    private string Owner => this.GetPrimaryKeyString();

    public Task<IReadOnlyList<SavedView>> List(Caller caller)
    {
        RequireOwner(caller);
        return Task.FromResult<IReadOnlyList<SavedView>>([.. State.Views.OrderBy(v => v.Name, StringComparer.OrdinalIgnoreCase)]);
    }

    public Task<SavedView> Get(Caller caller, Guid id)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var view = State.Views.FirstOrDefault(v => v.Id == id);
        return view is not null && SavedViewRules.Sees(caller, view) ? Task.FromResult(view) : throw NotFound(id);
    }

    public async Task<SavedView> Create(CommandContext context, SavedViewDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(context);
        RequireOwner(context.Caller);
        definition = SavedViewRules.Normalize(definition);
        if (context.RequestId is { } key && State.CreatedBy.TryGetValue(key, out var createdId)
            && State.Views.FirstOrDefault(v => v.Id == createdId) is { } created)
        {
            return SavedViewRules.Describes(created, definition)
                ? created
                : throw new IdempotencyKeyReusedException($"The idempotency key '{key}' already created the view '{created.Name}'.");
        }

        SavedViewRules.Validate(context.Caller, definition, State.Views, isNew: true);
        var view = new SavedView(Guid.NewGuid(), Owner, definition.Name, definition.Query, definition.Sort, definition.Columns, definition.SharedWith, 1, time.GetUtcNow());
        State.Views.Add(view);
        if (context.RequestId is { } requestId)
        {
            State.CreatedBy[requestId] = view.Id;
        }

        await Save();
        await ProjectionRetry.Run(() => projection.Upsert(view, CancellationToken.None), time, logger, $"saved view {view.Id}");
        return view;
    }

    public async Task<SavedView> Update(CommandContext context, Guid id, SavedViewDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(context);
        var current = Current(context, id);
        definition = SavedViewRules.Normalize(definition);
        SavedViewRules.Validate(context.Caller, definition, [.. State.Views.Where(v => v.Id != id)], isNew: false);
        var view = current with
        {
            Name = definition.Name,
            Query = definition.Query,
            Sort = definition.Sort,
            Columns = definition.Columns,
            SharedWith = definition.SharedWith,
            Version = current.Version + 1,
            UpdatedAt = time.GetUtcNow(),
        };
        State.Views[State.Views.IndexOf(current)] = view;
        await Save();
        await ProjectionRetry.Run(() => projection.Upsert(view, CancellationToken.None), time, logger, $"saved view {view.Id}");
        return view;
    }

    public async Task Delete(CommandContext context, Guid id)
    {
        ArgumentNullException.ThrowIfNull(context);
        var current = Current(context, id);
        State.Views.Remove(current);
        foreach (var key in State.CreatedBy.Where(e => e.Value == id).Select(e => e.Key).ToList())
        {
            State.CreatedBy.Remove(key);
        }

        await Save();
        await ProjectionRetry.Run(() => projection.Delete(id, CancellationToken.None), time, logger, $"saved view {id}");
    }

    /// <summary>The owner's view at the version the caller saw.</summary>
    private SavedView Current(CommandContext context, Guid id)
    {
        RequireOwner(context.Caller);
        var current = State.Views.FirstOrDefault(v => v.Id == id) ?? throw NotFound(id);
        if (context.ExpectedVersion is { } expected && expected != current.Version)
        {
            throw new VersionConflictException(expected, current.Version);
        }

        return current;
    }

    private void RequireOwner(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Name != Owner)
        {
            throw new ForbiddenException("Only the owner changes or lists their saved views.");
        }
    }

    private static NotFoundException NotFound(Guid id) => new($"There is no saved view '{id}' of yours.");

    private Task Save() => store.WriteOrForget(this);
}
