using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ItsmOrleans.Contracts.Webhooks;
using ItsmOrleans.Hosting.OutgoingCalls;

namespace ItsmOrleans.Hosting.Webhooks;

/// <summary>
/// Posts an event as JSON with an HMAC-SHA256 signature: <c>X-Itsm-Signature: sha256=&lt;hex&gt;</c> over
/// "<c>&lt;X-Itsm-Timestamp&gt;.&lt;body&gt;</c>" with the webhook's secret, so a receiver can check who sent it and
/// refuse replays. <c>X-Itsm-Event</c> names the event and <c>X-Itsm-Delivery</c> its id (the same on every retry).
/// Its client connects only where the <see cref="OutgoingAddressGuard"/> allows; a refusal is reported like any failure.
/// </summary>
public sealed class HttpWebhookSender(IHttpClientFactory clients, TimeProvider time) : IWebhookSender
{
    public const string ClientName = "webhooks";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Signature(string secret, string timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    public async Task<WebhookSendResult> Send(string url, string secret, WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(webhookEvent, Json);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Itsm-Event", webhookEvent.Type);
        request.Headers.Add("X-Itsm-Delivery", webhookEvent.Id.ToString("D"));
        request.Headers.Add("X-Itsm-Timestamp", timestamp);
        request.Headers.Add("X-Itsm-Signature", Signature(secret, timestamp, body));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            return new WebhookSendResult((int)response.StatusCode, response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (HttpRequestException exception) when (exception.InnerException is OutgoingAddressRefusedException refused)
        {
            return new WebhookSendResult(null, refused.Message);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            return new WebhookSendResult(null, exception is HttpRequestException ? exception.Message : "No answer within the send timeout.");
        }
    }
}
