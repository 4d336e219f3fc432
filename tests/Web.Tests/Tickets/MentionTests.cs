using System.Net;
using System.Net.Http.Json;
using System.Threading.Channels;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.Tests.Infrastructure;
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

    private static async Task<ChannelReader<LiveListMessage<Mention>>> Open(HubConnection tab)
    {
        var stream = await tab.StreamAsChannelAsync<LiveListMessage<Mention>>("SubscribeMentions");
        Assert.Equal(BoardMessageKind.Snapshot, (await stream.ReadAsync()).Kind);
        return stream;
    }
}
