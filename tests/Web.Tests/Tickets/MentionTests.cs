using System.Threading.Channels;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Tickets;

/// <summary>@mentions over a real SignalR connection: the named agent hears of the work note in every open tab, once.</summary>
[Collection(WebAppTests.Name)]
public class MentionTests(WebAppFixture app)
{
    [Fact]
    public async Task An_agent_named_in_a_work_note_hears_of_it_in_each_open_tab_and_a_retry_tells_nobody_twice()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Backups failing on NAS 2"));
        var name = $"ann-{incident.Number}";
        var key = await Accounts.CreateNamedApiKey(app, name, "agent");
        await using var firstTab = await app.ConnectHub(key);
        await using var secondTab = await app.ConnectHub(key);
        var tabs = new[] { await Open(firstTab), await Open(secondTab) };

        using var colleague = app.CreateHttp(await Accounts.CreateNamedApiKey(app, $"ben-{incident.Number}", "agent"));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/incidents/{incident.Id}/comments")
            {
                Content = JsonContent.Create(new { text = $"@key:{name} the NAS 2 job needs your credentials", visibility = "workNote" }),
            };
            request.Headers.Add("Idempotency-Key", $"mention-{incident.Number}");
            using var sent = await colleague.SendAsync(request);
            await sent.EnsureStatus(HttpStatusCode.Created);
        }

        foreach (var tab in tabs)
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var message = await tab.ReadAsync(wait.Token);
            var mention = Assert.Single(message.Items);
            Assert.Equal((incident.Number, $"key:ben-{incident.Number}"), (mention.Number, mention.By));
            Assert.Contains("needs your credentials", mention.Text, StringComparison.Ordinal);
            using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await tab.ReadAsync(quiet.Token));
        }
    }

    [Fact]
    public async Task Noc_and_change_managers_named_in_a_work_note_hear_nothing_of_it_as_rest_hides_work_notes_from_them()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Switch stack reboot loop"));
        var watchers = new List<(string Role, ChannelReader<LiveListMessage<Mention>> Stream, HubConnection Connection)>();
        var names = new List<string>();
        foreach (var role in new[] { "noc", "change-manager", "agent" })
        {
            var name = $"{role}-{incident.Number}";
            names.Add("@key:" + name);
            var connection = await app.ConnectHub(await Accounts.CreateNamedApiKey(app, name, role));
            watchers.Add((role, await Open(connection), connection));
        }

        using var colleague = app.CreateHttp(await Accounts.CreateApiKey(app, "agent"));
        using (var sent = await colleague.PostAsJsonAsync($"api/incidents/{incident.Id}/comments", new { text = $"{string.Join(' ', names)} vendor case 4471 says firmware bug", visibility = "workNote" }))
        {
            await sent.EnsureStatus(HttpStatusCode.Created);
        }

        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            var agent = watchers.Single(w => w.Role == "agent");
            Assert.Contains("vendor case 4471", Assert.Single((await agent.Stream.ReadAsync(wait.Token)).Items).Text, StringComparison.Ordinal);
        }

        foreach (var (role, stream, _) in watchers.Where(w => w.Role != "agent"))
        {
            using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            var heard = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await stream.ReadAsync(quiet.Token));
            Assert.NotNull(heard);
        }

        foreach (var watcher in watchers)
        {
            await watcher.Connection.DisposeAsync();
        }
    }

    private static async Task<ChannelReader<LiveListMessage<Mention>>> Open(HubConnection tab)
    {
        var stream = await tab.StreamAsChannelAsync<LiveListMessage<Mention>>("SubscribeMentions");
        Assert.Equal(BoardMessageKind.Snapshot, (await stream.ReadAsync()).Kind);
        return stream;
    }
}
