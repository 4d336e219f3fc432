namespace ItsmOrleans.Grains.Webhooks;

[GenerateSerializer, Alias("itsm.WebhookDirectoryState")]
public sealed class WebhookDirectoryState
{
    [Id(0)] public Dictionary<string, List<string>> Subscriptions { get; set; } = new(StringComparer.Ordinal);
}
