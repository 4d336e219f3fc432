namespace ItsmOrleans.Grains.Alerts;

[GenerateSerializer, Alias("itsm.IntegrationKeyState")]
public sealed class IntegrationKeyState
{
    [Id(0)] public string Name { get; set; } = "";
    [Id(1)] public string ServiceId { get; set; } = "";
}
