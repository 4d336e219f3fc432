namespace ItsmOrleans.Contracts.Security;

/// <summary>Who is asking: the signed-in user or integration, its roles and its assignment groups.</summary>
/// <param name="Name">The local user name, "key:&lt;name&gt;" for an API key or "jwt:&lt;name&gt;" for a token of the company identity provider (<see cref="CallerNames"/>); recorded in history.</param>
[GenerateSerializer, Immutable, Alias("itsm.Caller")]
public sealed record Caller(string Name, IReadOnlyList<Role> Roles, IReadOnlyList<string> Groups)
{
    /// <summary>The identity of the system itself (SLA clocks, migrations); may do everything.</summary>
    public static Caller System { get; } = new(CallerNames.System, [Role.Admin], []);

    public bool Is(Role role) => Roles.Contains(role);

    /// <summary>Whether this caller is automation signed in with an API key rather than a person.</summary>
    public bool IsApiKey => CallerNames.IsApiKey(Name);

    public bool InGroup(string? group) =>
        group is not null && Groups.Any(g => string.Equals(g, group, StringComparison.OrdinalIgnoreCase));
}
