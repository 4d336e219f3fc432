namespace ItsmOrleans.Web.Apis;

/// <summary>The body of PUT /api/integrations/{routingKey}.</summary>
public sealed record IntegrationKeyRequest(string? Name, string? ServiceId);
