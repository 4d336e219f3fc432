using ItsmOrleans.Grains.OutgoingCalls;
using Microsoft.Extensions.DependencyInjection;

namespace ItsmOrleans.Hosting.OutgoingCalls;

public static class OutgoingAddressGuardExtensions
{
    /// <summary>The most redirects one call follows; each new host among them is judged by the guard.</summary>
    public const int MaxRedirects = 5;

    /// <summary>
    /// Sends the named client's calls through the <see cref="OutgoingAddressGuard"/>: every outgoing call the hub makes
    /// on an administrator's say-so goes this way. The calls go direct: through a proxy, the proxy would connect to the
    /// target on the hub's behalf and the guard would only ever see the proxy.
    /// </summary>
    public static IHttpClientBuilder GuardOutgoingAddresses(this IHttpClientBuilder builder) =>
        builder.ConfigurePrimaryHttpMessageHandler(services => new SocketsHttpHandler
        {
            ConnectCallback = new OutgoingAddressGuard(services.GetRequiredService<OutgoingAddressPolicy>()).Connect,
            UseProxy = false,
            MaxAutomaticRedirections = MaxRedirects,
        });
}
