using System.Text.RegularExpressions;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>Creates accounts and keys through the admin API, and signs in through the sign-in form, as people would.</summary>
public static partial class Accounts
{
    public static async Task<(string UserName, string Password)> CreateUser(WebAppFixture app, string role, params string[] groups)
    {
        var userName = $"{role}-{Guid.NewGuid():N}"[..24];
        var password = "pw-" + Guid.NewGuid().ToString("N");
        using var response = await app.Http.PostAsJsonAsync("api/admin/users", new { userName, roles = new[] { role }, groups, password });
        await response.EnsureStatus(HttpStatusCode.Created);
        return (userName, password);
    }

    /// <summary>Records <paramref name="manager"/> as the manager of <paramref name="userName"/>, as an admin does.</summary>
    public static async Task RecordManager(WebAppFixture app, string userName, string manager)
    {
        using var response = await app.Http.Send(HttpMethod.Patch, $"api/admin/users/{userName}", new { manager });
        await response.EnsureStatus(HttpStatusCode.OK);
    }

    public static Task<string> CreateApiKey(WebAppFixture app, string role, params string[] groups) => CreateNamedApiKey(app, $"test {role}", role, groups);

    /// <summary>An API key whose caller has a name of its own (keys of one name act as one person).</summary>
    public static async Task<string> CreateNamedApiKey(WebAppFixture app, string name, string role, params string[] groups)
    {
        using var response = await app.Http.PostAsJsonAsync("api/admin/api-keys", new { name, role, groups });
        await response.EnsureStatus(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    /// <summary>An HTTP client holding a browser session: it fetched the sign-in page and posted the form with its anti-forgery token.</summary>
    public static async Task<(HttpClient Client, HttpResponseMessage Answer)> SignIn(WebAppFixture app, string userName, string password, string returnUrl = "/")
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = app.BaseAddress };
        var page = await client.GetStringAsync("signin");
        var token = AntiforgeryField().Match(page).Groups["token"].Value;
        var answer = await client.PostAsync("signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        }));
        return (client, answer);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
