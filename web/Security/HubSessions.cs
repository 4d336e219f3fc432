using System.Collections.Concurrent;
using System.Security.Claims;
using System.Threading.RateLimiting;
using ItsmOrleans.Contracts.Accounts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Security;

/// <summary>
/// Watches every open hub connection of this host: limits its calls per second, and closes it as soon as the key or
/// account it signed in with is revoked or disabled (bearer tokens close at expiry through SignalR itself).
/// </summary>
public sealed class HubSessions(IGrainFactory grains, LocalSignIn localSignIn, IOptions<RateLimitOptions> limits, ILogger<HubSessions> logger)
    : BackgroundService, IHubFilter
{
    public static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, (HubCallerContext Context, TokenBucketRateLimiter Calls)> _open = new();

    public int Count => _open.Count;

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (_open.TryGetValue(invocationContext.Context.ConnectionId, out var session))
        {
            using var lease = session.Calls.AttemptAcquire();
            if (!lease.IsAcquired)
            {
                var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
                throw new HubException($"Too many calls on this connection; retry after {wait} s.");
            }
        }

        return await next(invocationContext);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        _open[context.Context.ConnectionId] = (context.Context, new TokenBucketRateLimiter(limits.Value.PerHubConnection.ToBucket()));
        return next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (_open.TryRemove(context.Context.ConnectionId, out var session))
        {
            session.Calls.Dispose();
        }

        return next(context, exception);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RecheckEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var (id, session) in _open)
            {
                if (session.Context.User is { } user && !await StillValid(user))
                {
                    logger.LogInformation("Closing hub connection {ConnectionId} of {User}: its access was revoked", id, user.Identity?.Name);
                    session.Context.Abort();
                }
            }
        }
    }

    private async Task<bool> StillValid(ClaimsPrincipal user)
    {
        try
        {
            return user.Identity?.AuthenticationType switch
            {
                ApiKeyAuthenticationHandler.SchemeName => user.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value is { } keyId
                    && user.FindFirst(ApiKeyAuthenticationHandler.SecretHashClaim)?.Value is { } hash
                    && await grains.GetGrain<IApiKeyGrain>(keyId).Authenticate(hash) is not null,
                "local" => await localSignIn.IsStillValid(user),
                _ => true,
            };
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            // The cluster is unreachable right now (a call to a silo that died times out rather than failing fast);
            // judge again at the next round rather than cut everyone off, or let the exception stop this host.
            return true;
        }
    }
}
