using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.References;

/// <summary>Where the hub looks to learn whether a person a ticket names exists (see <see cref="CallerNames"/> for the shape of names).</summary>
public static class PersonNames
{
    /// <summary>
    /// Names known without looking: the caller's own (they signed in), the names the hub itself acts and raises tickets
    /// under, and users of the company identity provider ("jwt:&lt;name&gt;"), whom only that provider knows: the hub
    /// cannot list them, so it takes such names as given.
    /// </summary>
    public static bool NeedNoLookup(string name, Caller caller) =>
        string.Equals(name, caller.Name, StringComparison.OrdinalIgnoreCase)
        || CallerNames.IsReserved(name)
        || (name.Length > CallerNames.JwtPrefix.Length && name.StartsWith(CallerNames.JwtPrefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The name of the API key an API key caller's name stands for ("key:deploy-bot" → "deploy-bot"), or null for any other name.</summary>
    public static string? ApiKeyName(string name) => CallerNames.IsApiKey(name) ? name[CallerNames.ApiKeyPrefix.Length..] : null;
}
