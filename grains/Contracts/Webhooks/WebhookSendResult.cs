namespace ItsmOrleans.Contracts.Webhooks;

/// <summary>What a receiver answered: a 2xx status is delivered; anything else (or no answer) is tried again.</summary>
public sealed record WebhookSendResult(int? StatusCode, string? Error)
{
    public bool Delivered => StatusCode is >= 200 and < 300;
}
