namespace ItsmOrleans.Web.Apis;

/// <summary>
/// Turns the HTTP request into the command context grains expect: who acts (the signed-in user or API key), the version
/// the caller saw (If-Match or a "version" field) and its Idempotency-Key.
/// </summary>
public static class CallerContext
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const int MaxIdempotencyKeyLength = 255;

    public static CommandContext For(HttpContext http, IVersionedRequest? body = null)
    {
        var errors = new FieldErrors();
        var version = ExpectedVersion(http, body, errors);
        var requestId = IdempotencyKey(http, errors);
        errors.ThrowIfAny();
        return new CommandContext(CallerClaims.ToCaller(http.User), version, requestId);
    }

    private static int? ExpectedVersion(HttpContext http, IVersionedRequest? body, FieldErrors errors)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString().Trim();
        int? fromHeader = null;
        if (ifMatch.Length > 0 && ifMatch != "*")
        {
            var tag = ifMatch.StartsWith("W/", StringComparison.Ordinal) ? ifMatch[2..] : ifMatch;
            if (int.TryParse(tag.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                fromHeader = parsed;
            }
            else
            {
                errors.Add("If-Match", $"'{ifMatch}' is not an entity tag of this API; send the ETag you received, e.g. \"3\".");
            }
        }

        if (fromHeader is { } header && body?.Version is { } field && header != field)
        {
            errors.Add("version", $"The body says version {field} but If-Match says {header}.");
        }

        return fromHeader ?? body?.Version;
    }

    private static string? IdempotencyKey(HttpContext http, FieldErrors errors)
    {
        var key = http.Request.Headers[IdempotencyKeyHeader].ToString();
        if (key.Length == 0)
        {
            return null;
        }

        if (key.Length > MaxIdempotencyKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            errors.Add(IdempotencyKeyHeader, $"An idempotency key is 1 to {MaxIdempotencyKeyLength} visible ASCII characters.");
        }

        return key;
    }
}
