using System.Security.Cryptography;

namespace ItsmOrleans.Contracts.Alerts;

/// <summary>An integration key's routing key: 32 hexadecimal digits, 128 random bits, as PagerDuty's integration keys look.</summary>
public static class RoutingKey
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
