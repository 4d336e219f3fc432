namespace ItsmOrleans.Web.Tests.Security;

[Collection(WebAppTests.Name)]
public class SignInTests(WebAppFixture app)
{
    [Fact]
    public async Task A_local_account_signs_in_with_the_form_and_gets_a_session_cookie()
    {
        var (user, password) = await Accounts.CreateUser(app, "agent", "network-ops");
        var (client, answer) = await Accounts.SignIn(app, user, password, returnUrl: "/?group=network-ops");
        using (client)
        using (answer)
        {
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.Equal("/?group=network-ops", answer.Headers.Location?.OriginalString);
            var cookie = Assert.Single(answer.Headers.GetValues("Set-Cookie"), c => c.StartsWith("itsm.session=", StringComparison.Ordinal));
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

            var me = await client.GetFromJsonAsync<JsonElement>("api/me");
            Assert.Equal(user, me.GetProperty("name").GetString());
            Assert.Equal(["agent"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        }
    }

    [Fact]
    public async Task A_wrong_password_gets_the_form_again_with_a_generic_error_and_is_audited()
    {
        var (user, _) = await Accounts.CreateUser(app, "noc");
        var (client, answer) = await Accounts.SignIn(app, user, "not the password at all");
        using (client)
        using (answer)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.Contains("data-signin-error", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.False(answer.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("itsm.session=", StringComparison.Ordinal)));
        }

        var audit = await app.Http.GetFromJsonAsync<JsonElement>("api/admin/audit?limit=50");
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("kind").GetString() == "sign-in-failed" && e.GetProperty("subject").GetString() == user);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var (user, password) = await Accounts.CreateUser(app, "requester");
        for (var i = 0; i < 5; i++)
        {
            var (wrong, answer) = await Accounts.SignIn(app, user, $"wrong password {i}");
            wrong.Dispose();
            answer.Dispose();
        }

        var (client, locked) = await Accounts.SignIn(app, user, password);
        using (client)
        using (locked)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        }
    }

    [Fact]
    public async Task A_form_post_without_its_anti_forgery_token_is_refused()
    {
        using var client = app.CreateHttp(apiKey: null);
        using var answer = await client.PostAsync("signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "admin",
            ["password"] = TestSettings.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task Sign_in_refuses_a_return_url_of_another_site_with_a_400_naming_it(string returnUrl)
    {
        var (client, answer) = await Accounts.SignIn(app, "admin", TestSettings.AdminPassword, returnUrl);
        using (client)
        using (answer)
        {
            await AssertRefusesReturnUrl(answer);
            Assert.False(answer.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("itsm.session=", StringComparison.Ordinal)));
            using var page = await client.GetAsync($"signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
            await AssertRefusesReturnUrl(page);
        }
    }

    [Fact]
    public async Task A_session_ends_when_its_account_is_disabled()
    {
        var (user, password) = await Accounts.CreateUser(app, "noc");
        var (client, answer) = await Accounts.SignIn(app, user, password);
        using (client)
        using (answer)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/me")).StatusCode);
            using var disabled = await app.Http.Send(HttpMethod.Patch, $"api/admin/users/{user}", new { disabled = true });
            Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);

            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/me")).StatusCode);
        }
    }

    [Fact]
    public async Task A_session_cookie_replayed_after_sign_out_is_refused()
    {
        var (user, password) = await Accounts.CreateUser(app, "agent");
        var (client, answer) = await Accounts.SignIn(app, user, password);
        using (client)
        using (answer)
        {
            var cookie = SessionCookie(answer);
            using var signedOut = await client.PostAsync("signout", null);
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

            using var replay = app.CreateHttp(apiKey: null);
            replay.DefaultRequestHeaders.Add("Cookie", cookie);
            Assert.Equal(HttpStatusCode.Unauthorized, (await replay.GetAsync("api/me")).StatusCode);
        }
    }

    [Fact]
    public async Task Signing_out_ends_that_session_only()
    {
        var (user, password) = await Accounts.CreateUser(app, "noc");
        var (laptop, first) = await Accounts.SignIn(app, user, password);
        var (wall, second) = await Accounts.SignIn(app, user, password);
        using (laptop)
        using (first)
        using (wall)
        using (second)
        {
            using var signedOut = await laptop.PostAsync("signout", null);
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

            Assert.Equal(HttpStatusCode.OK, (await wall.GetAsync("api/me")).StatusCode);
        }
    }

    [Fact]
    public async Task Pages_without_a_session_go_to_sign_in_and_apis_answer_401()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/incidents")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("hubs/operations/negotiate?negotiateVersion=1", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("signin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("health")).StatusCode);

        var pages = Directory.GetFiles(RepositoryPaths.Combine("web", "wwwroot"), "*.html").Select(Path.GetFileName).Prepend("");
        foreach (var page in pages)
        {
            using var answer = await anonymous.GetAsync(page);
            Assert.True(answer.StatusCode == HttpStatusCode.Redirect, $"/{page} answered {answer.StatusCode} without a session");
            Assert.Equal($"/signin?returnUrl={Uri.EscapeDataString("/" + page)}", answer.Headers.Location?.OriginalString);
        }

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("contracts/main.js")).StatusCode);
    }

    /// <summary>The session cookie as a browser sends it back ("itsm.session=…").</summary>
    private static string SessionCookie(HttpResponseMessage signedIn) =>
        signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("itsm.session=", StringComparison.Ordinal)).Split(';')[0];

    private static async Task AssertRefusesReturnUrl(HttpResponseMessage answer)
    {
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("returnUrl", out _), problem.ToString());
    }
}
