namespace ItsmOrleans.Contracts.Accounts;

/// <summary>The index of local user accounts and API keys, for listing. Always address it with key 0.</summary>
public interface IAccountDirectoryGrain : IGrainWithIntegerKey
{
    Task AddApiKey(string id);

    Task<IReadOnlyList<string>> ApiKeys();

    Task AddUser(string userName);

    Task<IReadOnlyList<string>> Users();
}
