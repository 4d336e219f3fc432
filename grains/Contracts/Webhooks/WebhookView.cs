namespace ItsmOrleans.Contracts.Webhooks;

/// <summary>A webhook as the API shows it: never its secret, only its last four characters.</summary>
/// <param name="Pending">Events waiting to be delivered (the oldest is being tried).</param>
/// <param name="Dropped">Events given up on: failed every attempt, or pushed out of a full queue.</param>
[GenerateSerializer, Immutable, Alias("itsm.WebhookView")]
public sealed record WebhookView(string Id, string Url, string SecretHint, IReadOnlyList<string> Events, bool Active, int Pending, int Dropped, int Version);
