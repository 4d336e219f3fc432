using ItsmOrleans.Contracts.Accounts;

namespace ItsmOrleans.Grains.Accounts;

/// <summary>The list of local accounts and API keys; each account and key is its own grain.</summary>
public sealed class AccountDirectoryGrain(
    [PersistentState("accounts", ItsmStorage.Name)] IPersistentState<AccountDirectoryState> store) : Grain, IAccountDirectoryGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var named = 0;
        foreach (var id in store.State.ApiKeys.Where(id => !store.State.ApiKeyNames.ContainsKey(id)).ToList())
        {
            // Find interleaves, so a key that is being created and waits on this directory still answers.
            if (await GrainFactory.GetGrain<IApiKeyGrain>(id).Find() is { } key)
            {
                store.State.ApiKeyNames[id] = key.Name;
                named++;
            }
        }

        if (named > 0)
        {
            await store.WriteStateAsync(cancellationToken);
        }
    }

    public async Task AddApiKey(string id, string name)
    {
        if (store.State.ApiKeys.Add(id) | store.State.ApiKeyNames.TryAdd(id, name))
        {
            await store.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> ApiKeys() => Task.FromResult<IReadOnlyList<string>>([.. store.State.ApiKeys]);

    public Task<bool> HasApiKeyNamed(string name) =>
        Task.FromResult(store.State.ApiKeyNames.Values.Any(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase)));

    public async Task AddUser(string userName)
    {
        if (store.State.Users.Add(userName))
        {
            await store.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> Users() => Task.FromResult<IReadOnlyList<string>>([.. store.State.Users]);
}
