using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>
/// Thousands of malformed and hostile requests against the API and the hub: none may cause a 5xx, and a request
/// that is refused must leave the incident it aimed at exactly as it was.
/// </summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Fuzz")]
public class HostileInputTests(WebAppFixture app, ITestOutputHelper output)
{
    private const int Seed = 20_261_123;
    private const int HttpPayloads = 3_000;
    private const int HubPayloads = 300;

    [Fact]
    public async Task Malformed_and_hostile_requests_never_cause_a_5xx_nor_change_what_they_were_refused()
    {
        var payloads = new HostilePayloads(Seed);
        var target = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Fuzz target", group: "fuzz"));
        var before = await Snapshot(target.Id);
        var targets = Targets(target.Id);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        // Hostile headers go out as raw UTF-8 bytes, as a malicious client would send them.
        using var http = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => System.Text.Encoding.UTF8 }) { BaseAddress = app.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", TestSettings.AdminKey);

        for (var i = 0; i < HttpPayloads; i++)
        {
            var (method, path, valid, touchesTarget) = targets[i % targets.Count];
            using var request = new HttpRequestMessage(method, path.Replace("{query}", payloads.NastyQuery(), StringComparison.Ordinal));
            if (valid is not null)
            {
                var (body, contentType) = payloads.Next(valid);
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : null;
            }

            AddHostileHeaders(request, payloads, i);
            using var response = await http.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                failures.Add($"{method} {path} -> {status}: {await response.Content.ReadAsStringAsync()}");
            }

            if (touchesTarget)
            {
                var after = await Snapshot(target.Id);
                if (status is >= 400 and < 500 && after != before)
                {
                    failures.Add($"{method} {path} was refused with {status} but changed the incident");
                }

                before = after;
            }
        }

        output.WriteLine($"{HttpPayloads} HTTP payloads; answers: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.Empty(failures);
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync("health")).StatusCode);
    }

    [Fact]
    public async Task Malformed_hub_calls_are_refused_and_leave_the_connection_usable()
    {
        var payloads = new HostilePayloads(Seed + 1);
        await using var connection = await app.ConnectHub();
        var refused = 0;
        for (var i = 0; i < HubPayloads; i++)
        {
            object?[] arguments = (i % 5) switch
            {
                0 => [JsonNode.Parse($"{{\"kind\":{JsonSerializer.Serialize(payloads.NastyText())},\"value\":{JsonSerializer.Serialize(payloads.NastyText())}}}")],
                1 => [payloads.NastyText()],
                2 => [],
                3 => [new { kind = "service", value = new string('x', 200) }],
                _ => [new { kind = "all", value = "x" }, 42],
            };
            try
            {
                var method = i % 7 == 0 ? payloads.Pick(["NoSuchMethod", "subscribeboard", "OnConnectedAsync", "Dispose"]) : "SubscribeBoard";
                var stream = await connection.StreamAsChannelCoreAsync(method, typeof(BoardMessage), arguments);
                await stream.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception exception) when (exception is Microsoft.AspNetCore.SignalR.HubException or System.Threading.Channels.ChannelClosedException)
            {
                refused++;
            }
        }

        Assert.Equal(HubConnectionState.Connected, connection.State);
        var good = await connection.StreamAsChannelAsync<BoardMessage>("SubscribeBoard", BoardScope.All);
        Assert.Equal(BoardMessageKind.Snapshot, (await good.ReadAsync()).Kind);
        output.WriteLine($"{HubPayloads} hub payloads, {refused} refused, connection still usable");
        Assert.True(refused >= HubPayloads / 2);
    }

    private static List<(HttpMethod Method, string Path, JsonObject? Valid, bool TouchesTarget)> Targets(Guid id) =>
    [
        (HttpMethod.Post, "api/incidents", JsonNode.Parse("""{"title":"t","description":"d","impact":"low","urgency":"low","requester":"fuzz","assignmentGroup":"fuzz"}""")!.AsObject(), false),
        (HttpMethod.Patch, $"api/incidents/{id}", JsonNode.Parse("""{"title":"t","impact":"low","urgency":"high","serviceId":"s","version":1}""")!.AsObject(), true),
        (HttpMethod.Post, $"api/incidents/{id}/assignment", JsonNode.Parse("""{"assignmentGroup":"fuzz","assignee":"a","version":1}""")!.AsObject(), true),
        (HttpMethod.Post, $"api/incidents/{id}/transitions", JsonNode.Parse("""{"to":"onHold","holdReason":"awaitingCaller","resolutionCode":"duplicate","resolutionNotes":"n","note":"n","version":1}""")!.AsObject(), true),
        (HttpMethod.Post, $"api/incidents/{id}/comments", JsonNode.Parse("""{"text":"hello","visibility":"workNote","version":1}""")!.AsObject(), true),
        (HttpMethod.Get, "api/incidents?{query}", null, false),
        (HttpMethod.Post, "api/admin/users", JsonNode.Parse("""{"userName":"u","roles":["agent"],"groups":["g"],"password":"short"}""")!.AsObject(), false),
        (HttpMethod.Post, "api/admin/api-keys", JsonNode.Parse("""{"name":"n","role":"nobody","groups":["g"]}""")!.AsObject(), false),
    ];

    private static void AddHostileHeaders(HttpRequestMessage request, HostilePayloads payloads, int i)
    {
        // Line breaks cannot travel in a header value at all; everything else can.
        static string HeaderSafe(string value) => value.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\0", "", StringComparison.Ordinal);
        switch (i % 6)
        {
            case 0:
                request.Headers.TryAddWithoutValidation("If-Match", HeaderSafe(payloads.NastyText()));
                break;
            case 1:
                request.Headers.TryAddWithoutValidation("Idempotency-Key", HeaderSafe(payloads.NastyText()));
                break;
            case 2:
                request.Headers.TryAddWithoutValidation("If-Match", "\"999999\"");
                break;
        }
    }

    /// <summary>Everything a refused request could corrupt: the incident, its comments and its history.</summary>
    private async Task<string> Snapshot(Guid id)
    {
        var incident = await app.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{id}");
        var comments = await app.Http.GetStringAsync($"api/incidents/{id}/comments");
        var history = await app.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{id}/history");
        var withoutClocks = incident.GetRawText().Split("\"sla\"")[0];
        return $"{withoutClocks}|{comments}|{history.GetArrayLength()}";
    }
}
