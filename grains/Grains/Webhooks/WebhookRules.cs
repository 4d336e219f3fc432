using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Contracts.Webhooks;
using ItsmOrleans.Domain.Services;
using ItsmOrleans.Domain.Webhooks;
using ItsmOrleans.Grains.OutgoingCalls;

namespace ItsmOrleans.Grains.Webhooks;

/// <summary>What a webhook definition must hold, and how long a failed delivery waits before its next try.</summary>
public static class WebhookRules
{
    public const int MinSecret = 16;
    public const int MaxSecret = 200;
    public const int MaxUrl = 2000;
    public const int LogLimit = 200;

    /// <summary>
    /// Checks a definition; a URL naming a refused address outright (an IP literal or localhost) is refused here, and
    /// any other name is judged by <paramref name="addresses"/> again at every connection.
    /// </summary>
    public static void Validate(string id, WebhookDefinition definition, OutgoingAddressPolicy addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var errors = new FieldErrors();
        ServiceRules.ValidateId(errors, id);
        CheckUrl(errors, definition.Url, addresses);
        if (definition.Secret is null || definition.Secret.Length is < MinSecret or > MaxSecret)
        {
            errors.Add("secret", $"'secret' signs every delivery: {MinSecret} to {MaxSecret} characters.");
        }

        if (definition.Events.Count == 0)
        {
            errors.Add("events", $"Name the events to follow: {string.Join(", ", WebhookEventTypes.All)}.");
        }

        foreach (var unknown in definition.Events.Where(e => !WebhookEventTypes.All.Contains(e)))
        {
            errors.Add("events", $"'{unknown}' is not an event; use {string.Join(", ", WebhookEventTypes.All)}.");
        }

        errors.ThrowIfAny();
    }

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1 for the first): doubling from the first delay, capped.</summary>
    public static TimeSpan RetryDelay(int attempt, WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.FirstRetryDelay.Ticks * factor, options.MaxRetryDelay.Ticks));
        return delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay;
    }

    private static void CheckUrl(FieldErrors errors, string text, OutgoingAddressPolicy addresses)
    {
        errors.Text("url", text, MaxUrl, required: true);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            errors.Add("url", "'url' is an absolute http or https address.");
        }
        else if (addresses.JudgeWithoutLookup(url) is { } refusal)
        {
            errors.Add("url", $"'url' points at {refusal.Address}, {refusal.Kind}; webhooks reach such an address only when {addresses.AllowedBy} names its range.");
        }
    }
}
