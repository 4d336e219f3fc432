using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Grains.Accounts;

[GenerateSerializer, Alias("itsm.UserAccountState")]
public sealed class UserAccountState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string UserName { get; set; } = "";
    [Id(2)] public string DisplayName { get; set; } = "";
    [Id(3)] public List<Role> Roles { get; set; } = [];
    [Id(4)] public List<string> Groups { get; set; } = [];
    [Id(5)] public string PasswordHash { get; set; } = "";
    [Id(6)] public bool Disabled { get; set; }
    [Id(7)] public DateTimeOffset CreatedAt { get; set; }
    [Id(8)] public string CreatedBy { get; set; } = "";
    [Id(9)] public DateTimeOffset? LastSignInAt { get; set; }
    [Id(10)] public int FailedSignIns { get; set; }
    [Id(11)] public DateTimeOffset? LockedUntil { get; set; }
    [Id(12)] public string SecurityStamp { get; set; } = "";
    [Id(13)] public string? Manager { get; set; }

    /// <summary>Sessions signed out, each until its cookie would have expired anyway.</summary>
    [Id(14)] public Dictionary<string, DateTimeOffset> EndedSessions { get; set; } = [];

    /// <summary>The account as admins see it: never its password hash or security stamp.</summary>
    public UserAccountView ToView() => new(UserName, DisplayName, Roles, Groups, Disabled, CreatedAt, CreatedBy, LastSignInAt, LockedUntil, Manager);
}
