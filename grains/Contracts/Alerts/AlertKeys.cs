namespace ItsmOrleans.Contracts.Alerts;

/// <summary>
/// Grain keys of alerts ("&lt;integration id&gt;/&lt;dedup key&gt;") and alert groups. Orleans' ADO.NET storage passes string
/// keys through string.Format (AdoGrainKey.ToString in 10.4), so a key holding '{' or '}' fails every write; keys
/// escape those (and '%') the way URLs do.
/// </summary>
public static class AlertKeys
{
    public static string Alert(IntegrationKeyView integration, string dedupKey)
    {
        ArgumentNullException.ThrowIfNull(integration);
        return $"{integration.IntegrationId}/{Escape(dedupKey)}";
    }

    /// <summary>The part after the first '/', unescaped: the dedup key of an alert key, the group key of a group key.</summary>
    public static string TailOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Unescape(key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]);
    }

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("%", "%25", StringComparison.Ordinal).Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);
    }

    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("%7B", "{", StringComparison.Ordinal).Replace("%7D", "}", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal);
    }
}
