using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Grains.Accounts;

[GenerateSerializer, Alias("itsm.ApiKeyState")]
public sealed class ApiKeyState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public Role Role { get; set; }
    [Id(3)] public List<string> Groups { get; set; } = [];
    [Id(4)] public string SecretHash { get; set; } = "";
    [Id(5)] public string CreatedBy { get; set; } = "";
    [Id(6)] public DateTimeOffset CreatedAt { get; set; }
    [Id(7)] public DateTimeOffset? RevokedAt { get; set; }
    [Id(8)] public string? RevokedBy { get; set; }

    /// <summary>The key as admins list it: never its secret's hash.</summary>
    public ApiKeyView ToView(string id, DateTimeOffset? lastUsedAt) => new(id, Name, Role, Groups, CreatedBy, CreatedAt, lastUsedAt, RevokedAt, RevokedBy);
}
