using System.Security.Claims;

namespace ItsmOrleans.Web.Security;

/// <summary>Converts between the grains' <see cref="Caller"/> and ASP.NET Core's claims.</summary>
public static class CallerClaims
{
    /// <summary>Claims this hub issues itself begin so; a token's claims of that form are not taken from it.</summary>
    public const string OwnPrefix = "itsm:";

    public const string GroupClaim = OwnPrefix + "group";

    public static ClaimsPrincipal ToPrincipal(Caller caller, string authenticationType)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, caller.Name) };
        claims.AddRange(caller.Roles.Select(role => new Claim(ClaimTypes.Role, RoleNames.Of(role))));
        claims.AddRange(caller.Groups.Select(group => new Claim(GroupClaim, group)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The caller behind a request; roles the hub does not know are ignored.</summary>
    public static Caller ToCaller(ClaimsPrincipal user)
    {
        var identity = user.Identities.FirstOrDefault(i => i.IsAuthenticated)
            ?? throw new InvalidOperationException("The request is not authenticated.");
        var roles = identity.FindAll(identity.RoleClaimType).Select(c => RoleNames.Parse(c.Value)).OfType<Role>().Distinct().ToList();
        var groups = identity.FindAll(GroupClaim).Select(c => c.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new Caller(identity.Name ?? "unknown", roles, groups);
    }
}
