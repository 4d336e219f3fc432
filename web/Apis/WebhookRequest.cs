namespace ItsmOrleans.Web.Apis;

/// <summary>The body of PUT /api/webhooks/{id}.</summary>
public sealed record WebhookRequest(string? Url, string? Secret = null, IReadOnlyList<string>? Events = null, bool? Active = null, int? Version = null)
    : IVersionedRequest;
