namespace ItsmOrleans.Web.Security;

/// <summary>
/// Where sign-in may send the browser afterwards: a path of this site, and nothing a browser could read as another
/// site. Browsers drop tabs and line breaks from URLs and read "\" as "/", so "/\t/evil.example" and "/\evil.example"
/// both mean "//evil.example"; an open redirect would let a phishing link borrow the sign-in page.
/// </summary>
public static class ReturnUrl
{
    public const string Field = "returnUrl";
    public const string Home = "/";
    public const int MaxLength = 2000;

    /// <summary>Why <paramref name="url"/> may not be followed after sign-in, or null when it may.</summary>
    public static string? Problem(string url) => url switch
    {
        { Length: > MaxLength } => $"'{Field}' has {url.Length} characters; the limit is {MaxLength}.",
        _ when url.Any(char.IsControl) => $"'{Field}' contains control characters.",
        ['/', '/' or '\\', ..] or not ['/', ..] => $"'{Field}' must be a path of this site: a single '/' and the path, such as /changes.html.",
        _ => null,
    };

    /// <summary>The path to go to after sign-in: <see cref="Home"/> when none is given; any other unacceptable one is a 400 naming the field.</summary>
    public static string LocalOrHome(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return Home;
        }

        if (Problem(url) is { } problem)
        {
            var errors = new FieldErrors();
            errors.Add(Field, problem);
            errors.ThrowIfAny();
        }

        return url;
    }
}
