using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Groups;
using ItsmOrleans.Domain.Groups;

namespace ItsmOrleans.Grains.Groups;

/// <summary>
/// The assignment groups that exist: those some account or unrevoked API key is in, or some service supports. Accounts,
/// keys and services report their groups as they change; on its first activation the directory counts those made
/// before it existed.
/// </summary>
public sealed class GroupDirectoryGrain(
    [PersistentState("groups", ItsmStorage.Name)] IPersistentState<GroupDirectoryState> store,
    ISupportGroupSource services) : Grain, IGroupDirectoryGrain
{
    private readonly GroupMembers _members = new();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!store.State.Counted)
        {
            await CountExistingSources(cancellationToken);
        }

        foreach (var groups in store.State.Sources.Values)
        {
            _members.Add(groups);
        }
    }

    public async Task SetGroups(string source, IReadOnlyList<string> groups)
    {
        var clean = GroupMembers.Clean(groups);
        var known = store.State.Sources.GetValueOrDefault(source) ?? [];
        if (known.SequenceEqual(clean, StringComparer.Ordinal))
        {
            return;
        }

        _members.Remove(known);
        _members.Add(clean);
        if (clean.Count == 0)
        {
            store.State.Sources.Remove(source);
        }
        else
        {
            store.State.Sources[source] = clean;
        }

        await store.WriteStateAsync();
    }

    public Task<bool> Exists(string group) => Task.FromResult(!string.IsNullOrWhiteSpace(group) && _members.Exists(group));

    public Task<IReadOnlyList<string>> Names() => Task.FromResult(_members.Names());

    /// <summary>
    /// Reads the groups of every account, key and service made before this directory existed. It calls only reads that
    /// never wait (Find interleaves; services come from the read model), so a record that reports its groups while the
    /// directory activates cannot deadlock with it.
    /// </summary>
    private async Task CountExistingSources(CancellationToken cancellationToken)
    {
        void Count(string source, IEnumerable<string?> groups)
        {
            if (GroupMembers.Clean(groups) is { Count: > 0 } clean)
            {
                store.State.Sources[source] = clean;
            }
        }

        var accounts = GrainFactory.GetGrain<IAccountDirectoryGrain>(0);
        foreach (var user in await accounts.Users())
        {
            if (await GrainFactory.GetGrain<IUserAccountGrain>(user).Find() is { } account)
            {
                Count(GroupSource.Account(user), account.Groups);
            }
        }

        foreach (var id in await accounts.ApiKeys())
        {
            if (await GrainFactory.GetGrain<IApiKeyGrain>(id).Find() is { RevokedAt: null } key)
            {
                Count(GroupSource.ApiKey(id), key.Groups);
            }
        }

        foreach (var (serviceId, supportGroup) in await services.SupportGroups(cancellationToken))
        {
            Count(GroupSource.Service(serviceId), [supportGroup]);
        }

        store.State.Counted = true;
        await store.WriteStateAsync(cancellationToken);
    }
}
