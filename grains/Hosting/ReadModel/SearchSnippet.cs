using System.Net;
using System.Text;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>
/// The short passage of a hit's text around its matched words. The databases mark matches with two control characters
/// that typed text never holds; <see cref="Html"/> turns that into escaped HTML with the matches in &lt;mark&gt;.
/// </summary>
public static class SearchSnippet
{
    public const char Start = '\u0002';
    public const char Stop = '\u0003';

    /// <summary>ts_headline's options: about a sentence around the matches, at most two passages.</summary>
    public static readonly string HeadlineOptions = $"StartSel={Start}, StopSel={Stop}, MaxWords=20, MinWords=8, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    public static bool HasMatch(string? marked) => marked is not null && marked.Contains(Start, StringComparison.Ordinal);

    /// <summary>The marked passage as HTML: its text escaped, white space collapsed, matches in &lt;mark&gt;; null when empty.</summary>
    public static string? Html(string? marked)
    {
        if (string.IsNullOrWhiteSpace(marked))
        {
            return null;
        }

        var collapsed = string.Join(' ', marked.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var html = new StringBuilder(collapsed.Length + 32);
        var from = 0;
        for (var i = 0; i <= collapsed.Length; i++)
        {
            if (i == collapsed.Length || collapsed[i] is Start or Stop)
            {
                html.Append(WebUtility.HtmlEncode(collapsed[from..i]));
                if (i < collapsed.Length)
                {
                    html.Append(collapsed[i] == Start ? "<mark>" : "</mark>");
                }

                from = i + 1;
            }
        }

        return html.ToString();
    }
}
