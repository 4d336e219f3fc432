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

    /// <summary>The hub itself: SLA clocks, migrations, automatic moves.</summary>
    public const string System = "system";

    /// <summary>The requester of incidents that monitoring alerts raise.</summary>
    public const string Monitoring = "monitoring";

    /// <summary>Names the hub acts or raises tickets under; an account of that name would own what they own.</summary>
    public static bool IsReserved(string name) =>
        string.Equals(name, System, StringComparison.OrdinalIgnoreCase) || string.Equals(name, Monitoring, StringComparison.OrdinalIgnoreCase);

    public static string ForApiKey(string keyName) => ApiKeyPrefix + keyName;

    public static string ForJwt(string nameClaim) => JwtPrefix + nameClaim;

    /// <summary>Whether a caller's name is an API key's: automation or an integration rather than a person.</summary>
    public static bool IsApiKey(string name) => name.StartsWith(ApiKeyPrefix, StringComparison.OrdinalIgnoreCase);
}
