namespace ItsmOrleans.Contracts.Security;

/// <summary>
/// Callers of every sign-in path share one namespace of names, and ownership goes by name (a requester's incidents,
/// saved views, approvals, history), so each path keeps to its own part of it: local accounts have bare names (letters,
/// digits and . _ - @, never a colon), API keys "key:&lt;key name&gt;", and tokens of the company identity provider
/// "jwt:&lt;name claim&gt;". A token naming "admin" or "key:foo" acts as "jwt:admin" or "jwt:key:foo": neither the local
/// account admin nor the API key foo.
/// </summary>
public static class CallerNames
{
    public const string ApiKeyPrefix = "key:";
    public const string JwtPrefix = "jwt:";

    public static string ForApiKey(string keyName) => ApiKeyPrefix + keyName;

    public static string ForJwt(string nameClaim) => JwtPrefix + nameClaim;
}
