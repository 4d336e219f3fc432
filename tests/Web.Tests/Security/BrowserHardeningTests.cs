using System.Net.WebSockets;

namespace ItsmOrleans.Web.Tests.Security;

[Collection(WebAppTests.Name)]
public class BrowserHardeningTests(WebAppFixture app)
{
    [Theory]
    [InlineData("signin")]
    [InlineData("board/main.js")]
    [InlineData("api/incidents")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await app.Http.GetAsync(path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task A_cookie_session_cannot_be_used_from_another_origin()
    {
        var (user, password) = await Accounts.CreateUser(app, "agent");
        var (client, answer) = await Accounts.SignIn(app, user, password);
        using (client)
        using (answer)
        {
            using var forged = new HttpRequestMessage(HttpMethod.Post, "api/incidents") { Content = System.Net.Http.Json.JsonContent.Create(IncidentRequests.NewIncident()) };
            forged.Headers.Add("Origin", "https://evil.example");
            using var refused = await client.SendAsync(forged);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

            using var own = new HttpRequestMessage(HttpMethod.Post, "api/incidents") { Content = System.Net.Http.Json.JsonContent.Create(IncidentRequests.NewIncident()) };
            own.Headers.Add("Origin", app.BaseAddress.GetLeftPart(UriPartial.Authority));
            using var accepted = await client.SendAsync(own);
            Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        }
    }

    [Fact]
    public async Task A_websocket_from_another_origin_is_refused_even_with_a_valid_key()
    {
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", "https://evil.example");
        socket.Options.SetRequestHeader("X-Api-Key", TestSettings.AdminKey);
        var url = new UriBuilder(new Uri(app.BaseAddress, "hubs/operations")) { Scheme = "ws" }.Uri;

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(url, CancellationToken.None));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HUBS/operations/negotiate?negotiateVersion=1")]
    [InlineData("Hubs/Operations/negotiate?negotiateVersion=1")]
    public async Task The_hub_refuses_another_origin_however_its_path_is_cased(string path)
    {
        // Routing ignores case, so this reaches the hub; the origin check must see it as the hub too.
        using var negotiate = new HttpRequestMessage(HttpMethod.Post, path);
        negotiate.Headers.Add("Origin", "https://evil.example");
        using var refused = await app.Http.SendAsync(negotiate);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var own = new HttpRequestMessage(HttpMethod.Post, path);
        own.Headers.Add("Origin", app.BaseAddress.GetLeftPart(UriPartial.Authority));
        using var accepted = await app.Http.SendAsync(own);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }
}
