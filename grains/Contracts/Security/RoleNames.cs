namespace ItsmOrleans.Contracts.Security;

/// <summary>The spelling of roles in tokens, claims, configuration and JSON.</summary>
public static class RoleNames
{
    public const string Requester = "requester";
    public const string Agent = "agent";
    public const string Noc = "noc";
    public const string ChangeManager = "change-manager";
    public const string Admin = "admin";

    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();

    public static string Of(Role role) => role switch
    {
        Role.Requester => Requester,
        Role.Agent => Agent,
        Role.Noc => Noc,
        Role.ChangeManager => ChangeManager,
        Role.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    public static Role? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        Requester => Role.Requester,
        Agent => Role.Agent,
        Noc => Role.Noc,
        ChangeManager or "changemanager" => Role.ChangeManager,
        Admin => Role.Admin,
        _ => null,
    };
}
