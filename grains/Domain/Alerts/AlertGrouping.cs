using System.Security.Cryptography;
using System.Text;
using ItsmOrleans.Contracts.Alerts;

namespace ItsmOrleans.Domain.Alerts;

/// <summary>
/// Which incident an opening alert belongs to: alerts of one service and one group key share an incident while they
/// keep arriving within the grouping window of each other and the incident is still open.
/// </summary>
public static class AlertGrouping
{
    /// <summary>Group keys longer than this are hashed in the grain key (Alertmanager's can run long).</summary>
    public const int MaxKeyLength = 128;

    /// <summary>The group's grain key; alerts without a group key group by their service alone.</summary>
    public static string KeyOf(string serviceId, string? groupKey)
    {
        var group = groupKey?.Trim() ?? "";
        if (group.Length > MaxKeyLength)
        {
            group = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(group)));
        }

        return $"{serviceId}/{AlertKeys.Escape(group)}";
    }

    /// <summary>True when an alert opening at <paramref name="now"/> joins the group's current incident.</summary>
    public static bool Joins(DateTimeOffset? lastAlertAt, bool incidentOpen, DateTimeOffset now, TimeSpan window) =>
        incidentOpen && lastAlertAt is { } last && now - last <= window;

    /// <summary>Orders Events API severities: critical is the most severe.</summary>
    public static int Rank(string severity) => Array.IndexOf(AlertRules.Severities, severity) switch
    {
        < 0 => AlertRules.Severities.Length,
        var index => index,
    };

    /// <summary>The more severe of two severities.</summary>
    public static string MoreSevere(string a, string b) => Rank(a) <= Rank(b) ? a : b;
}
