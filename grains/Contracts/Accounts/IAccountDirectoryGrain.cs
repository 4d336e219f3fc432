namespace ItsmOrleans.Contracts.Accounts;

/// <summary>The index of local user accounts and API keys, for listing and for telling who exists. Always address it with key 0.</summary>
public interface IAccountDirectoryGrain : IGrainWithIntegerKey
{
    Task AddApiKey(string id, string name);

    Task<IReadOnlyList<string>> ApiKeys();

    /// <summary>Whether some API key, revoked or not, has this name (its caller is "key:&lt;name&gt;"), in any letter case.</summary>
    [ReadOnly]
    Task<bool> HasApiKeyNamed(string name);

    Task AddUser(string userName);

    Task<IReadOnlyList<string>> Users();
}
