using ItsmOrleans.Contracts.Alerts;

namespace ItsmOrleans.Hosting.Export;

/// <summary>
/// An integration key in the export: which service it feeds and its last four characters, so that an administrator can
/// tell keys apart; the key itself is a credential and stays out, like passwords and API key secrets.
/// </summary>
public sealed record ExportedIntegrationKey(string Name, string ServiceId, string KeyEnding, DateTimeOffset? RetiresAt, bool Rotated)
{
    public static ExportedIntegrationKey? Of(IntegrationKeyView? key) => key is null
        ? null
        : new ExportedIntegrationKey(key.Name, key.ServiceId, "…" + key.RoutingKey[^Math.Min(4, key.RoutingKey.Length)..], key.RetiresAt, key.ReplacedBy is not null);
}
