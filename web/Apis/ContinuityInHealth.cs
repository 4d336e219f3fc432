using System.Security.Claims;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// Continuity is not for requesters (docs/security.md): a service's health names the continuity plan invoked for it
/// only to callers who may read continuity.
/// </summary>
public static class ContinuityInHealth
{
    public static ServiceView For(ClaimsPrincipal user, ServiceView view) =>
        MaySee(user) || view.Health.ContinuityPlan is null ? view : view with { Health = view.Health with { ContinuityPlan = null } };

    public static IReadOnlyList<ServiceSummary> For(ClaimsPrincipal user, IReadOnlyList<ServiceSummary> services) =>
        MaySee(user) ? services : [.. services.Select(s => s.Health.ContinuityPlan is null ? s : s with { Health = s.Health with { ContinuityPlan = null } })];

    private static bool MaySee(ClaimsPrincipal user)
    {
        var caller = CallerClaims.ToCaller(user);
        return ItsmPolicies.Roles[ItsmPolicies.ReadContinuity].Any(caller.Is);
    }
}
