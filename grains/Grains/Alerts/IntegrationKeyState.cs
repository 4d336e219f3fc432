using ItsmOrleans.Contracts.Alerts;

namespace ItsmOrleans.Grains.Alerts;

[GenerateSerializer, Alias("itsm.IntegrationKeyState")]
public sealed class IntegrationKeyState
{
    [Id(0)] public string Name { get; set; } = "";
    [Id(1)] public string ServiceId { get; set; } = "";

    /// <summary>Empty for a key defined before keys could be rotated: its own routing key is then the integration's id.</summary>
    [Id(2)] public string IntegrationId { get; set; } = "";
    [Id(3)] public DateTimeOffset? RetiresAt { get; set; }
    [Id(4)] public string? ReplacedBy { get; set; }

    public IntegrationKeyView? ToView(string routingKey) => ServiceId.Length == 0
        ? null
        : new IntegrationKeyView(routingKey, Name, ServiceId, IntegrationId.Length == 0 ? routingKey : IntegrationId, RetiresAt, ReplacedBy);
}
