using ItsmOrleans.Contracts.Alerts;

namespace ItsmOrleans.Grains.Alerts;

[GenerateSerializer, Alias("itsm.IntegrationKeyState")]
public sealed class IntegrationKeyState
{
    [Id(0)] public string Name { get; set; } = "";
    [Id(1)] public string ServiceId { get; set; } = "";

    public IntegrationKeyView? ToView(string routingKey) => ServiceId.Length == 0 ? null : new IntegrationKeyView(routingKey, Name, ServiceId);
}
