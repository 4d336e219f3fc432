using ItsmOrleans.Hosting.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ItsmOrleans.Web.Security;

/// <summary>Records every request refused for lack of permission in the audit log, then answers as usual (403).</summary>
public sealed class AuditingAuthorizationResultHandler(IAuditLog audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            await audit.Record(new AuditEntry(
                AuditKinds.PermissionDenied,
                context.User.Identity?.Name ?? "anonymous",
                $"{context.Request.Method} {context.Request.Path}",
                "role not allowed",
                context.Connection.RemoteIpAddress?.ToString()), context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
