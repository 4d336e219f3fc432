using ItsmOrleans.Contracts.Accounts;

namespace ItsmOrleans.Grains.Accounts;

/// <summary>The list of local accounts and API keys; each account and key is its own grain.</summary>
public sealed class AccountDirectoryGrain(
    [PersistentState("accounts", ItsmStorage.Name)] IPersistentState<AccountDirectoryState> store) : Grain, IAccountDirectoryGrain
{
    public async Task AddApiKey(string id)
    {
        if (store.State.ApiKeys.Add(id))
        {
            await store.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> ApiKeys() => Task.FromResult<IReadOnlyList<string>>([.. store.State.ApiKeys]);

    public async Task AddUser(string userName)
    {
        if (store.State.Users.Add(userName))
        {
            await store.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> Users() => Task.FromResult<IReadOnlyList<string>>([.. store.State.Users]);
}
