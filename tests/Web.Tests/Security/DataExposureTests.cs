using System.Text;
using System.Text.RegularExpressions;
using ItsmOrleans.Contracts.Security;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>
/// Seeds every kind of record with canary strings, then reads every GET endpoint (from the app's endpoint metadata, with
/// the seeded records' ids in their routes) and every hub stream (from the hub type, live frames and snapshots) as each
/// role, and fails on any canary that role may not see. A new endpoint or stream is covered without editing this test.
/// </summary>
[Collection(WebAppTests.Name)]
public partial class DataExposureTests(WebAppFixture app, ITestOutputHelper output)
{
    private static readonly Role[] Checked = [Role.Requester, Role.Noc, Role.ChangeManager, Role.Agent, Role.Admin];

    private readonly ExposureSeed _seed = new(app);
    private readonly HashSet<string> _seenWhereAllowed = [];

    [Fact]
    [Trait("Category", "Security")]
    public async Task No_role_finds_a_canary_it_may_not_see_in_any_get_endpoint_or_hub_stream()
    {
        var callers = await Callers();
        var seed = await _seed.Seed();
        var streams = await OpenStreams(callers, seed.IncidentId);
        await _seed.SeedLive(seed);
        await WaitUntilDelivered(streams);

        var leaks = new List<string>();
        foreach (var (role, http) in callers.Http)
        {
            await ReadEveryGet(role, http, leaks);
        }

        foreach (var stream in streams)
        {
            Check(stream.Role, $"{stream.Method} (live)", stream.Frames.ToString(), leaks);
        }

        foreach (var (role, key) in callers.HubKeys)
        {
            await ReadEverySnapshot(role, key, seed.IncidentId, leaks);
        }

        await Task.WhenAll(streams.Select(s => s.Connection.DisposeAsync().AsTask()));
        foreach (var http in callers.Http.Values.Where(h => h != app.Http))
        {
            http.Dispose();
        }

        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks.Distinct().Take(40)));

        // Each canary reached some caller allowed to see it, so its absence elsewhere means something.
        Assert.Empty(_seed.Canaries.Where(c => c.SeenBy.Length > 0 && !_seenWhereAllowed.Contains(c.Text)).Select(c => c.What));
    }

    private sealed record CallerSet(Dictionary<Role, HttpClient> Http, Dictionary<Role, string?> HubKeys);

    /// <summary>One caller per role; the requester is not the one who raises the seeded tickets.</summary>
    private async Task<CallerSet> Callers()
    {
        var http = new Dictionary<Role, HttpClient>();
        var keys = new Dictionary<Role, string?>();
        foreach (var role in Checked.Where(r => r != Role.Admin))
        {
            var key = await Accounts.CreateNamedApiKey(app, $"exposure-{RoleNames.Of(role)}-{_seed.Suffix}", RoleNames.Of(role));
            (http[role], keys[role]) = (app.CreateHttp(key), key);
        }

        (http[Role.Admin], keys[Role.Admin]) = (app.Http, null);
        return new CallerSet(http, keys);
    }

    private sealed record OpenStream(Role Role, string Method, HubConnection Connection, StringBuilder Frames);

    /// <summary>Every stream each role may open, its frames gathered as they come.</summary>
    private async Task<List<OpenStream>> OpenStreams(CallerSet callers, Guid incidentId)
    {
        var streams = new List<OpenStream>();
        foreach (var (role, key) in callers.HubKeys)
        {
            foreach (var method in HubCalls.Methods().Where(HubCalls.IsStream))
            {
                var connection = await app.ConnectHub(key);
                System.Threading.Channels.ChannelReader<JsonElement> frames;
                try
                {
                    using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    frames = await HubCalls.Open(connection, method, incidentId);
                    await frames.WaitToReadAsync(patience.Token);
                }
                catch (Exception refused) when (IsRefusal(refused))
                {
                    // Not this role's stream: the authorisation matrix checks that it is refused.
                    await connection.DisposeAsync();
                    continue;
                }

                var stream = new OpenStream(role, method.Name, connection, new StringBuilder());
                _ = Gather(frames, stream.Frames);
                streams.Add(stream);
            }
        }

        return streams;
    }

    private static async Task Gather(System.Threading.Channels.ChannelReader<JsonElement> frames, StringBuilder into)
    {
        try
        {
            await foreach (var frame in frames.ReadAllAsync())
            {
                lock (into)
                {
                    into.AppendLine(frame.GetRawText());
                }
            }
        }
        catch (Exception exception) when (exception is HubException or OperationCanceledException or InvalidOperationException)
        {
            // The connection closed at the end of the test.
        }
    }

    /// <summary>The live changes reached the streams that may show them (else the test would prove nothing about live frames).</summary>
    private async Task WaitUntilDelivered(List<OpenStream> streams)
    {
        string Frames(Role role, string method)
        {
            var stream = streams.Single(s => s.Role == role && s.Method == method);
            lock (stream.Frames)
            {
                return stream.Frames.ToString();
            }
        }

        var live = _seed.Canaries.Where(c => c.What.StartsWith("live", StringComparison.Ordinal)).ToDictionary(c => c.What, c => c.Text);
        await Eventually.Get(
            () => Task.FromResult(Frames(Role.Agent, "SubscribeTicket").Contains(live["liveworknote"], StringComparison.Ordinal)
                && Frames(Role.Admin, "SubscribeBoard").Contains(live["liveincident"], StringComparison.Ordinal)
                && Frames(Role.Noc, "SubscribeAlerts").Contains(live["livealert"], StringComparison.Ordinal) ? "delivered" : null),
            TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100), "The live changes reaching the streams");

        // Streams that must not show them have had the same time and a little more.
        await Task.Delay(TimeSpan.FromSeconds(1));
    }

    private async Task ReadEverySnapshot(Role role, string? key, Guid incidentId, List<string> leaks)
    {
        await using var connection = await app.ConnectHub(key);
        foreach (var method in HubCalls.Methods().Where(HubCalls.IsStream))
        {
            try
            {
                using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                var frames = await HubCalls.Open(connection, method, incidentId);
                Check(role, $"{method.Name} (snapshot)", (await frames.ReadAsync(patience.Token)).GetRawText(), leaks);
            }
            catch (Exception refused) when (IsRefusal(refused))
            {
                // Refused to this role.
            }
        }
    }

    /// <summary>Every GET the app maps, with each seeded id of the right shape in its route, and search by each canary.</summary>
    private async Task ReadEveryGet(Role role, HttpClient http, List<string> leaks)
    {
        var calls = 0;
        foreach (var endpoint in AppEndpoints.Of(app.Services).Where(e => e.Method == "GET" && !e.Pattern.StartsWith("/hubs", StringComparison.Ordinal)))
        {
            foreach (var path in Paths(endpoint.Pattern))
            {
                var planted = _seed.Canaries.Where(c => path.Contains(c.Text, StringComparison.Ordinal)).ToList();
                Check(role, path, await Body(http, path), leaks, planted);
                calls++;
            }
        }

        output.WriteLine($"{RoleNames.Of(role)}: {calls} GETs read");
    }

    private IEnumerable<string> Paths(string pattern)
    {
        IEnumerable<string> paths = [pattern.TrimStart('/')];
        foreach (Match parameter in RouteParameter().Matches(pattern))
        {
            var constraint = parameter.Groups["constraint"].Value;
            var values = constraint.Contains("guid", StringComparison.Ordinal) ? _seed.GuidIds.Select(g => g.ToString())
                : constraint.Contains("int", StringComparison.Ordinal) ? ["1"]
                : parameter.Groups["name"].Value == "documentName" ? ["v1"]
                : parameter.Groups["name"].Value == "number" ? _seed.Numbers
                : _seed.TextIds.Concat([_seed.Canaries.Single(c => c.What == "routing key").Text]);
            paths = [.. paths.SelectMany(p => values.Select(v => p.Replace(parameter.Value, Uri.EscapeDataString(v), StringComparison.Ordinal)))];
        }

        return paths.SelectMany(p => p.Contains("search", StringComparison.Ordinal) || p.Contains("known-errors", StringComparison.Ordinal)
            ? _seed.Canaries.Where(c => c.Text.StartsWith("cnry", StringComparison.Ordinal)).Select(c => $"{p}?q={c.Text}").Append(p)
            : [p, $"{p}?format=csv"]);
    }

    /// <summary>The answer's body, whatever its status; endless answers (live traces) are read for a moment.</summary>
    private static async Task<string> Body(HttpClient http, string path)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new MemoryStream();
        try
        {
            await body.CopyToAsync(buffer, patience.Token);
        }
        catch (OperationCanceledException)
        {
            // A stream that does not end: what came so far is checked.
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private void Check(Role role, string where, string text, List<string> leaks, IReadOnlyList<Canary>? planted = null)
    {
        _seenWhereAllowed.UnionWith(_seed.Canaries.Where(c => c.SeenBy.Contains(role) && planted?.Contains(c) != true && text.Contains(c.Text, StringComparison.Ordinal)).Select(c => c.Text));
        foreach (var canary in _seed.Canaries.Where(c => !c.SeenBy.Contains(role) && planted?.Contains(c) != true))
        {
            if (text.Contains(canary.Text, StringComparison.Ordinal))
            {
                leaks.Add($"{RoleNames.Of(role)} sees the {canary.What} in {where}");
            }
        }
    }

    /// <summary>A stream refused to the caller ends with the hub's refusal, as the channel's inner exception.</summary>
    private static bool IsRefusal(Exception exception) => exception is HubException || exception.InnerException is HubException;

    [GeneratedRegex("{(?<name>[^}:?]+)(?<constraint>:[^}]*)?\\??}")]
    private static partial Regex RouteParameter();
}
