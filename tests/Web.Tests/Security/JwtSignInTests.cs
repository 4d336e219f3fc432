using System.Net.Http.Headers;
using System.Security.Cryptography;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace ItsmOrleans.Web.Tests.Security;

public class JwtSignInTests(JwtWebAppFixture app) : IClassFixture<JwtWebAppFixture>
{
    private HttpClient Bearer(string token)
    {
        var http = app.CreateHttp(apiKey: null);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    [Fact]
    public async Task A_token_from_the_company_provider_signs_in_with_its_roles_and_groups()
    {
        using var http = Bearer(app.Provider.Issue("amira@corp.example", ["agent"], ["network-ops"]));

        var me = await http.GetFromJsonAsync<JsonElement>("api/me");

        Assert.Equal("jwt:amira@corp.example", me.GetProperty("name").GetString());
        Assert.Equal("Bearer", me.GetProperty("authentication").GetString());
        Assert.Equal(["agent"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["network-ops"], me.GetProperty("groups").EnumerateArray().Select(r => r.GetString()));
        var incident = await http.CreateIncident(IncidentRequests.NewIncident(group: "network-ops"));
        using var assigned = await http.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/assignment", new { assignee = "jwt:amira@corp.example" });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
    }

    [Fact]
    public async Task A_token_naming_a_local_account_or_an_api_key_acts_as_neither()
    {
        var (user, password) = await Accounts.CreateUser(app, "requester");
        var (browser, signedIn) = await Accounts.SignIn(app, user, password);
        var keyName = $"foo-{Guid.NewGuid():N}";
        using var automation = app.CreateHttp(await Accounts.CreateNamedApiKey(app, keyName, "requester"));
        using (browser)
        using (signedIn)
        {
            var owned = new Dictionary<string, Guid>
            {
                [user] = (await browser.CreateIncident(IncidentRequests.NewIncident(title: "Raised in the browser", requester: null))).Id,
                [$"key:{keyName}"] = (await automation.CreateIncident(IncidentRequests.NewIncident(title: "Raised by the key", requester: null))).Id,
            };

            foreach (var (name, incident) in owned)
            {
                using var http = Bearer(app.Provider.Issue(name, ["requester"], []));
                var me = await http.GetFromJsonAsync<JsonElement>("api/me");
                Assert.Equal($"jwt:{name}", me.GetProperty("name").GetString());
                Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"api/incidents/{incident}")).StatusCode);
            }
        }
    }

    [Fact]
    public async Task Expired_foreign_audience_and_forged_tokens_are_refused()
    {
        using var forger = RSA.Create(2048);
        string[] tokens =
        [
            app.Provider.Issue("late", ["admin"], [], lifetime: TimeSpan.FromMinutes(-10)),
            app.Provider.Issue("elsewhere", ["admin"], [], audience: "another-api"),
            app.Provider.Issue("forger", ["admin"], [], signingKey: new RsaSecurityKey(forger) { KeyId = "test-key-1" }),
        ];
        foreach (var token in tokens)
        {
            using var http = Bearer(token);
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("api/me")).StatusCode);
        }
    }

    [Fact]
    public async Task A_role_the_token_does_not_carry_is_refused()
    {
        using var http = Bearer(app.Provider.Issue("carl", ["change-manager"], []));
        Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsJsonAsync("api/incidents", IncidentRequests.NewIncident())).StatusCode);
    }

    [Fact]
    public async Task A_board_connects_with_the_token_in_the_access_token_query_as_browsers_do()
    {
        var token = app.Provider.Issue("wall", ["noc"], []);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseAddress, "hubs/operations"), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions))
            .Build();
        await connection.StartAsync();

        var stream = await connection.StreamAsChannelAsync<BoardMessage>("SubscribeBoard", BoardScope.All);
        Assert.Equal(BoardMessageKind.Snapshot, (await stream.ReadAsync()).Kind);
    }
}
