using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Grains.Persistence;

namespace ItsmOrleans.Grains.Changes;

/// <summary>
/// Standard-change templates and change freezes; every edit bumps one version, checked against If-Match. When a freeze
/// appears, moves or goes, the changes planned in its old and new periods recheck their conflicts.
/// </summary>
public sealed class ChangeCatalogGrain(
    [PersistentState("change-catalog", ItsmStorage.Name)] IPersistentState<ChangeCatalogState> store,
    IChangeScheduleReader schedule) : Grain, IChangeCatalogGrain
{
    private const int RecheckLimit = 1000;

    private ChangeCatalogState State => store.State;

    public Task<ChangeCatalogView> Get() => Task.FromResult(View());

    public Task<ChangeCatalogView> DefineTemplate(CommandContext context, ChangeTemplate template)
    {
        ChangeRules.Validate(template);
        return Edit(context, () => Replace(State.Templates, t => t.Id == template.Id, template, ChangeLimits.Templates, "templates"));
    }

    public Task<ChangeCatalogView> RemoveTemplate(CommandContext context, string templateId) =>
        Edit(context, () => Remove(State.Templates, t => t.Id == templateId, $"There is no template '{templateId}'."));

    public async Task<ChangeCatalogView> DefineFreeze(CommandContext context, FreezePeriod freeze)
    {
        ChangeRules.Validate(freeze);
        var before = State.Freezes.Find(f => f.Id == freeze.Id);
        var view = await Edit(context, () => Replace(State.Freezes, f => f.Id == freeze.Id, freeze, ChangeLimits.Freezes, "freezes"));
        await RecheckChangesIn(before, freeze);
        return view;
    }

    public async Task<ChangeCatalogView> RemoveFreeze(CommandContext context, string freezeId)
    {
        var before = State.Freezes.Find(f => f.Id == freezeId);
        var view = await Edit(context, () => Remove(State.Freezes, f => f.Id == freezeId, $"There is no freeze '{freezeId}'."));
        await RecheckChangesIn(before);
        return view;
    }

    private async Task RecheckChangesIn(params FreezePeriod?[] freezes)
    {
        var changes = new HashSet<Guid>();
        foreach (var freeze in freezes.OfType<FreezePeriod>())
        {
            var window = new ChangeWindow(freeze.Start, freeze.End);
            changes.UnionWith((await schedule.Overlapping(window, RecheckLimit, CancellationToken.None)).Select(c => c.Id));
        }

        foreach (var change in changes)
        {
            await GrainFactory.GetGrain<IChangeGrain>(change).RecheckConflicts();
        }
    }

    private async Task<ChangeCatalogView> Edit(CommandContext context, Func<bool> apply)
    {
        ChangeAccess.EnsureCanKeepCatalog(context.Caller);
        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        if (apply())
        {
            State.Version++;
            await store.WriteOrForget(this);
        }

        return View();
    }

    private static bool Replace<T>(List<T> items, Predicate<T> same, T item, int limit, string what)
    {
        var index = items.FindIndex(same);
        if (index >= 0)
        {
            if (EqualityComparer<T>.Default.Equals(items[index], item))
            {
                return false;
            }

            items[index] = item;
            return true;
        }

        if (items.Count >= limit)
        {
            throw new DomainValidationException("id", $"At most {limit} {what}; remove one first.");
        }

        items.Add(item);
        return true;
    }

    private static bool Remove<T>(List<T> items, Predicate<T> same, string missing) =>
        items.RemoveAll(same) > 0 ? true : throw new NotFoundException(missing);

    private ChangeCatalogView View() => new(State.Version, [.. State.Templates.OrderBy(t => t.Id, StringComparer.Ordinal)], [.. State.Freezes.OrderBy(f => f.Start)]);
}
