namespace ItsmOrleans.Web.Apis;

/// <summary>Answers carry the record's version as their ETag, for the next command's If-Match.</summary>
public static class VersionTag
{
    public static T Tagged<T>(this HttpContext http, int version, T value)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";
        return value;
    }
}
