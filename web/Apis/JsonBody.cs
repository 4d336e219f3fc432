using System.Text.Json;

namespace ItsmOrleans.Web.Apis;

/// <summary>Reads a request body as raw JSON, for endpoints that speak another product's wire format and check it field by field.</summary>
public static class JsonBody
{
    /// <returns>The body, or null when it is not JSON.</returns>
    public static async Task<JsonElement?> Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
