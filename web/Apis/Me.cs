namespace ItsmOrleans.Web.Apis;

/// <summary>GET /api/me: who the caller is, as the hub sees them.</summary>
/// <param name="Authentication">How they signed in: local (browser), ApiKey or Bearer.</param>
public sealed record Me(string Name, IReadOnlyList<Role> Roles, IReadOnlyList<string> Groups, string Authentication);
