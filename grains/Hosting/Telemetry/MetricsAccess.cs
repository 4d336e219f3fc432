using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Hosting.Telemetry;

/// <summary>
/// Who may read /metrics: a client in one of Telemetry:MetricsAllowedNetworks (loopback when none are listed) that
/// came in on Telemetry:MetricsPort when one is set. The address is the client's as the host sees it: behind a
/// balancer, the client's own only with forwarded headers on (ASPNETCORE_FORWARDEDHEADERS_ENABLED), else the
/// balancer's, and a balancer that translates addresses can make outsiders look local. Hence the port: a port the
/// balancer does not route to keeps /metrics off the public path whatever the addresses look like.
/// </summary>
public sealed class MetricsAccess
{
    public const string NetworksSetting = $"{TelemetryOptions.Section}:{nameof(TelemetryOptions.MetricsAllowedNetworks)}";

    public static readonly IReadOnlyList<string> Loopback = ["127.0.0.0/8", "::1/128"];

    private readonly IReadOnlyList<IPNetwork> _networks;
    private readonly int? _port;

    private MetricsAccess(IReadOnlyList<IPNetwork> networks, int? port) => (_networks, _port) = (networks, port);

    /// <summary>The access the options describe; a network that is not in CIDR notation stops the host, naming it.</summary>
    public static MetricsAccess From(TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var listed = options.MetricsAllowedNetworks.Count == 0 ? Loopback : options.MetricsAllowedNetworks;
        var unreadable = listed.Where(n => !IPNetwork.TryParse(n.Trim(), out _)).ToList();
        if (unreadable.Count > 0)
        {
            throw new OptionsValidationException(TelemetryOptions.Section, typeof(TelemetryOptions),
                [.. unreadable.Select(n => $"{NetworksSetting}: '{n}' is not a network in CIDR notation, such as 10.0.0.0/8 or fd00::/8.")]);
        }

        return new([.. listed.Select(n => IPNetwork.Parse(n.Trim()))], options.MetricsPort);
    }

    /// <summary>The status that refuses the request (404 on another port, 403 from another network), or null to serve it.</summary>
    public int? Refusal(ConnectionInfo connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (_port is { } port && connection.LocalPort != port)
        {
            return StatusCodes.Status404NotFound;
        }

        return Allows(connection.RemoteIpAddress) ? null : StatusCodes.Status403Forbidden;
    }

    public bool Allows(IPAddress? address) =>
        address is not null && _networks.Any(n => n.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address));
}
