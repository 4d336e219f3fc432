using System.Net;

namespace ItsmOrleans.Grains.OutgoingCalls;

/// <summary>
/// Which addresses the hub may call on an administrator's say-so: none in the loopback, private, link-local, multicast
/// or other internal ranges, unless the allow-list names them. An IPv4 address inside IPv6 (mapped, or NAT64's
/// 64:ff9b::/96) is judged as the IPv4 address it reaches.
/// </summary>
public sealed class OutgoingAddressPolicy(IEnumerable<IPNetwork> allowed, string allowedBy)
{
    // The first range that holds an address names its kind, so the broadcast address comes before the rest of 240/4.
    private static readonly (IPNetwork Range, string Kind)[] Refused =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "a \"this network\" address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a carrier-grade NAT address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("255.255.255.255/32"), "the broadcast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
        (IPNetwork.Parse("::/128"), "the unspecified address"),
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("fc00::/7"), "a private (unique local) address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    private static readonly IPAddress[] LocalhostAddresses = [IPAddress.Loopback, IPAddress.IPv6Loopback];

    private readonly IPNetwork[] _allowed = [.. allowed];

    /// <summary>The setting whose ranges are allowed, for messages that tell an administrator what to change.</summary>
    public string AllowedBy { get; } = allowedBy;

    /// <summary>Why <paramref name="address"/> may not be called, or null when it may.</summary>
    public AddressRefusal? Judge(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var reached = EmbeddedIPv4(address) ?? address;
        if (_allowed.Any(range => range.Contains(address) || range.Contains(reached)))
        {
            return null;
        }

        foreach (var (range, kind) in Refused)
        {
            if (range.Contains(reached))
            {
                return new AddressRefusal(address, reached.Equals(address) ? kind : $"{kind} ({reached} inside IPv6)");
            }
        }

        return null;
    }

    /// <summary>
    /// What can be told of a URL without asking DNS: an IP literal is judged as it is, and localhost (or a name under
    /// it) always means loopback. Null for any other name; its addresses are judged when the call connects.
    /// </summary>
    public AddressRefusal? JudgeWithoutLookup(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(url.Host, out var literal))
        {
            return Judge(literal);
        }

        var host = url.Host.TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            var refusals = LocalhostAddresses.Select(Judge).ToList();
            return refusals.All(r => r is not null) ? refusals[0] : null;
        }

        return null;
    }

    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        return Nat64.Contains(address) ? new IPAddress(address.GetAddressBytes()[12..]) : null;
    }
}
