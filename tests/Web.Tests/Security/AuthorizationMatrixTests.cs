using System.Reflection;
using System.Text;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.Hubs;
using ItsmOrleans.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>
/// Walks every endpoint the app maps (read from its own endpoint data sources) and every hub method (read from the
/// hub type) for each role and for anonymous callers. An endpoint or hub method without a named policy fails the test.
/// </summary>
[Collection(WebAppTests.Name)]
public partial class AuthorizationMatrixTests(WebAppFixture app, ITestOutputHelper output)
{
    /// <summary>The only endpoints anyone may call without signing in, and why.</summary>
    private static readonly Dictionary<string, string> Public = new(StringComparer.Ordinal)
    {
        ["GET /health"] = "load balancers and orchestrators probe it",
        ["GET /health/live"] = "orchestrators probe it (the process answers, nothing more)",
        ["GET /metrics"] = "Prometheus scrapes it; counts and timings, no ticket data; only from Telemetry:MetricsAllowedNetworks (loopback unless set)",
        ["GET /openapi/{documentName}.json"] = "the API description holds no data",
        ["GET /signin"] = "the sign-in page",
        ["POST /signin"] = "signing in",
        ["POST /v2/enqueue"] = "monitoring tools send alert events with their routing key, as to PagerDuty's Events API",
        ["POST /v1/alertmanager/{routingKey}"] = "Alertmanager posts its webhook with the integration key in the path",
    };

    [Fact]
    public void Every_endpoint_names_a_policy_or_is_a_known_public_one()
    {
        var unprotected = Endpoints()
            .Where(e => e.Policy is null && !Public.ContainsKey(e.Name))
            .Select(e => e.Name)
            .ToList();
        Assert.Empty(unprotected);
        Assert.All(Endpoints().Where(e => e.Policy is not null), e => Assert.True(ItsmPolicies.Roles.ContainsKey(e.Policy!), $"{e.Name} names an unknown policy {e.Policy}"));
    }

    [Fact]
    public void Every_hub_method_names_a_policy_of_its_own()
    {
        // The hub's own policy only says who may connect (anyone signed in); each method must say who may call it.
        Assert.Equal(ItsmPolicies.SignedIn, typeof(OperationsHub).GetCustomAttribute<AuthorizeAttribute>()?.Policy);
        var methods = HubMethods();
        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.True(m.GetCustomAttribute<AuthorizeAttribute>()?.Policy is not null, $"{m.Name} names no policy"));
    }

    [Fact]
    public async Task Every_endpoint_answers_401_to_anonymous_403_to_a_role_outside_its_policy_and_lets_its_roles_through()
    {
        var keys = new Dictionary<Role, string>();
        foreach (var role in RoleNames.All)
        {
            keys[role] = await Accounts.CreateApiKey(app, RoleNames.Of(role));
        }

        var checkedCalls = 0;
        var failures = new List<string>();
        foreach (var endpoint in Endpoints().Where(e => !Public.ContainsKey(e.Name)))
        {
            using (var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress })
            {
                // APIs and hubs answer 401; pages (sign-out) send the browser to the sign-in page instead.
                Expect(endpoint, "anonymous", await Call(anonymous, endpoint), s => s is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, failures);
            }

            foreach (var role in RoleNames.All)
            {
                using var http = app.CreateHttp(keys[role]);
                var allowed = ItsmPolicies.Roles[endpoint.Policy!].Contains(role);
                var status = await Call(http, endpoint);
                Expect(endpoint, RoleNames.Of(role), status,
                    allowed ? s => s is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)s < 500 : s => s == HttpStatusCode.Forbidden,
                    failures);
                checkedCalls++;
            }
        }

        output.WriteLine($"{Endpoints().Count} endpoints, {checkedCalls} role calls checked");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_hub_method_is_open_to_the_roles_of_its_policy_only()
    {
        var methods = HubMethods();
        var keys = new Dictionary<Role, string>();
        foreach (var role in RoleNames.All)
        {
            keys[role] = await Accounts.CreateApiKey(app, RoleNames.Of(role));
        }

        // The requester's own ticket, which every role may read: the ticket stream's policy lets requesters through,
        // and the incident itself refuses them anyone else's (as REST does).
        using var requester = app.CreateHttp(keys[Role.Requester]);
        var incident = await requester.CreateIncident(new { title = "Authorisation matrix probe", description = "Probe", impact = "low", urgency = "low" });
        foreach (var role in RoleNames.All)
        {
            var key = keys[role];
            foreach (var method in methods)
            {
                var policy = method.GetCustomAttribute<AuthorizeAttribute>()!.Policy!;
                var allowed = ItsmPolicies.Roles[policy].Contains(role);

                // Anyone signed in may connect; the method's policy decides whether the call goes through.
                await using var connection = await app.ConnectHub(key);
                if (!allowed)
                {
                    var refused = await HubRefusal.Of(() => Call(connection, method, incident.Id));
                    Assert.Contains("unauthorized", refused.Message, StringComparison.Ordinal);
                    continue;
                }

                Assert.Equal(BoardMessageKind.Snapshot, await Call(connection, method, incident.Id));
            }
        }
    }

    /// <summary>Calls a hub method as a client would and gives the kind of its first message (a method that answers nothing counts as a snapshot).</summary>
    private static async Task<BoardMessageKind> Call(HubConnection connection, MethodInfo method, Guid incidentId)
    {
        if (!HubCalls.IsStream(method))
        {
            await HubCalls.Invoke(connection, method, incidentId);
            return BoardMessageKind.Snapshot;
        }

        return HubCalls.KindOf(await (await HubCalls.Open(connection, method, incidentId)).ReadAsync());
    }

    private static List<MethodInfo> HubMethods() => HubCalls.Methods();

    private List<MappedEndpoint> Endpoints() => AppEndpoints.Of(app.Services);

    private static async Task<HttpStatusCode> Call(HttpClient http, MappedEndpoint endpoint)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(endpoint.Pattern, "{([^}:]+)(:[^}]*)?}", m =>
            m.Groups[2].Value.Contains("guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString()
            : m.Groups[2].Value.Contains("int", StringComparison.Ordinal) ? "1"
            : m.Groups[1].Value == "documentName" ? "v1"
            : m.Groups[1].Value == "number" ? TicketNumberProbe().Match(m.Groups[2].Value).Groups["prefix"].Value + "9999999"
            : "matrix-probe");
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path.TrimStart('/'));
        if (endpoint.Method is "POST" or "PATCH" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        if (endpoint.Pattern.StartsWith("/hubs", StringComparison.Ordinal))
        {
            request.Headers.Add("Origin", http.BaseAddress!.GetLeftPart(UriPartial.Authority));
        }

        // Headers are enough, and some answers stream until the client leaves (the dashboard's live trace).
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return response.StatusCode;
    }

    private static void Expect(MappedEndpoint endpoint, string who, HttpStatusCode status, Func<HttpStatusCode, bool> ok, List<string> failures)
    {
        if (!ok(status))
        {
            failures.Add($"{endpoint.Name} as {who}: {(int)status}");
        }
    }

    /// <summary>The prefix of a ticket-number route's constraint, "regex(^INC[0-9]+$)", so the probe is a number of that kind.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\^(?<prefix>[A-Z]+)\[")]
    private static partial System.Text.RegularExpressions.Regex TicketNumberProbe();
}
