using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Accounts;

/// <summary>One API key, keyed by its public id (the part of the key before the dot).</summary>
public interface IApiKeyGrain : IGrainWithStringKey
{
    /// <summary>Creates the key; creating it again with the same secret hash returns it unchanged.</summary>
    Task<ApiKeyView> Create(NewApiKey key);

    /// <summary>The identity the key acts as, or null when the secret does not match or the key is revoked or unknown.</summary>
    Task<Caller?> Authenticate(string secretHash);

    Task<ApiKeyView> Get();

    /// <summary>The key, or null when there is no such key (the directories read keys with it).</summary>
    /// <remarks>Interleaves, so that a directory reading keys while a key being created waits on it does not deadlock.</remarks>
    [AlwaysInterleave]
    Task<ApiKeyView?> Find();

    /// <summary>Revokes the key for good; calls with it fail from now on.</summary>
    Task<ApiKeyView> Revoke(string revokedBy);
}
