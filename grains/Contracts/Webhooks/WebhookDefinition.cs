namespace ItsmOrleans.Contracts.Webhooks;

/// <summary>Where a webhook posts, the secret it signs with, and the events it follows.</summary>
[GenerateSerializer, Immutable, Alias("itsm.WebhookDefinition")]
public sealed record WebhookDefinition(string Url, string Secret, IReadOnlyList<string> Events, bool Active);
