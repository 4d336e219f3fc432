using ItsmOrleans.Contracts.Escalations;

namespace ItsmOrleans.Grains.Escalations;

/// <summary>The ids and names of every escalation policy and on-call schedule: admin configuration, a few dozen entries.</summary>
public sealed class OnCallDirectoryGrain(
    [PersistentState("on-call-directory", ItsmStorage.Name)] IPersistentState<OnCallDirectoryState> store) : Grain, IOnCallDirectoryGrain
{
    public Task RegisterPolicy(string id, string name) => Register(store.State.Policies, id, name);

    public Task RegisterSchedule(string id, string name) => Register(store.State.Schedules, id, name);

    public Task<IReadOnlyList<DirectoryEntry>> Policies() => Task.FromResult(List(store.State.Policies));

    public Task<IReadOnlyList<DirectoryEntry>> Schedules() => Task.FromResult(List(store.State.Schedules));

    private async Task Register(Dictionary<string, string> entries, string id, string name)
    {
        if (entries.TryGetValue(id, out var known) && known == name)
        {
            return;
        }

        entries[id] = name;
        await store.WriteStateAsync();
    }

    private static IReadOnlyList<DirectoryEntry> List(Dictionary<string, string> entries) =>
        [.. entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new DirectoryEntry(e.Key, e.Value))];
}
