namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>
/// Ticket titles that would run script or change the page if a view rendered them as HTML. Each one, if it ever ran,
/// sets window.__pwned.
/// </summary>
public static class XssCorpus
{
    public static IReadOnlyList<string> Titles { get; } =
    [
        "<img src=x onerror=\"window.__pwned=1\"> Core switch <b>down</b>",
        "<script>window.__pwned=2</script>",
        "<svg onload=\"window.__pwned=3\"></svg>",
        "<iframe src=\"javascript:window.__pwned=4\"></iframe>",
        "\"><img src=x onerror=window.__pwned=5>",
        "'><svg/onload=window.__pwned=6>",
        "<a href=\"javascript:window.__pwned=7\">click</a>",
        "<body onload=window.__pwned=8>",
        "<details open ontoggle=window.__pwned=9>",
        "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=10>",
        "{{constructor.constructor('window.__pwned=11')()}}",
        "&lt;img src=x onerror=window.__pwned=12&gt;",
        "<input autofocus onfocus=window.__pwned=13>",
        "<style>*{display:none}</style>",
        "\u202Egnp.exe <b>reversed</b>",
    ];
}
