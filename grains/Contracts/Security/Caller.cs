namespace ItsmOrleans.Contracts.Security;

/// <summary>Who is asking: the signed-in user or integration, its roles and its assignment groups.</summary>
/// <param name="Name">The user name (or "key:&lt;name&gt;" for an API key); recorded in history.</param>
[GenerateSerializer, Immutable, Alias("itsm.Caller")]
public sealed record Caller(string Name, IReadOnlyList<Role> Roles, IReadOnlyList<string> Groups)
{
    /// <summary>The identity of the system itself (SLA clocks, migrations); may do everything.</summary>
    public static Caller System { get; } = new("system", [Role.Admin], []);

    /// <summary>What the names of API key callers (automation, integrations) start with.</summary>
    public const string ApiKeyPrefix = "key:";

    public bool Is(Role role) => Roles.Contains(role);

    /// <summary>Whether this caller is automation signed in with an API key rather than a person.</summary>
    public bool IsApiKey => IsApiKeyName(Name);

    public static bool IsApiKeyName(string name) => name.StartsWith(ApiKeyPrefix, StringComparison.OrdinalIgnoreCase);

    public bool InGroup(string? group) =>
        group is not null && Groups.Any(g => string.Equals(g, group, StringComparison.OrdinalIgnoreCase));
}
