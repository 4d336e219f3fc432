using System.Threading.Channels;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.Tickets;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Tickets;

/// <summary>A requester's own tickets over a real SignalR connection: they hear of their records' changes, never of anyone else's.</summary>
[Collection(WebAppTests.Name)]
public class MyTicketStreamTests(WebAppFixture app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_requester_hears_of_a_change_to_their_own_incident_and_nothing_of_another_requesters()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await using var ann = await app.ConnectHub(await Accounts.CreateNamedApiKey(app, $"ann-{tag}", "requester"));
        await using var ben = await app.ConnectHub(await Accounts.CreateNamedApiKey(app, $"ben-{tag}", "requester"));
        var annHears = await Open(ann);
        var benHears = await Open(ben);
        var heardByAnn = new List<MyTicketChange>();

        var annsIncident = await app.Http.CreateIncident(new { title = "My laptop will not boot", description = "Since this morning", impact = "low", urgency = "low", requester = $"key:ann-{tag}" });
        heardByAnn.AddRange(await ReadUntil(annHears, c => c.Id == annsIncident.Id));
        var bensIncident = await app.Http.CreateIncident(new { title = "My phone is locked", description = "Forgot the PIN", impact = "low", urgency = "low", requester = $"key:ben-{tag}" });
        var heardByBen = await ReadUntil(benHears, c => c.Id == bensIncident.Id);
        using (var changed = await app.Http.Send(HttpMethod.Patch, $"api/incidents/{bensIncident.Id}", new { title = "My phone is locked for good" }))
        {
            await changed.EnsureStatus(HttpStatusCode.OK);
        }

        var benSawItChange = await ReadUntil(benHears, c => c.Id == bensIncident.Id);
        var lastKnown = heardByAnn.Where(c => c.Id == annsIncident.Id).Max(c => c.Revision);
        using (var changed = await app.Http.Send(HttpMethod.Patch, $"api/incidents/{annsIncident.Id}", new { title = "My laptop will not boot at all" }))
        {
            await changed.EnsureStatus(HttpStatusCode.OK);
        }

        heardByAnn.AddRange(await ReadUntil(annHears, c => c.Id == annsIncident.Id && c.Revision > lastKnown));

        Assert.All(heardByAnn, c => Assert.Equal((annsIncident.Id, annsIncident.Number, "incident"), (c.Id, c.Number, c.Kind)));
        Assert.All(heardByBen.Concat(benSawItChange), c => Assert.Equal(bensIncident.Id, c.Id));
    }

    [Fact]
    public async Task A_requester_hears_of_a_service_request_they_asked_for()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var item = $"mouse-{tag}";
        await app.Http.DefineWithoutApproval(item, "Wireless mouse", task: "Hand over");

        var key = await Accounts.CreateNamedApiKey(app, $"cat-{tag}", "requester");
        await using var cat = await app.ConnectHub(key);
        var catHears = await Open(cat);
        using var requester = app.CreateHttp(key);
        using var submitted = await requester.PostAsJsonAsync("api/requests", new { itemId = item, answers = new { } });
        await submitted.EnsureStatus(HttpStatusCode.Created);
        var requestId = Guid.Parse((await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);

        var heard = await ReadUntil(catHears, c => c.Id == requestId);

        Assert.Equal("service-request", heard[^1].Kind);
    }

    private static async Task<ChannelReader<LiveListMessage<MyTicketChange>>> Open(HubConnection connection)
    {
        var stream = await connection.StreamAsChannelAsync<LiveListMessage<MyTicketChange>>("SubscribeMyTickets");
        var first = await stream.ReadAsync();
        Assert.Equal((BoardMessageKind.Snapshot, 0), (first.Kind, first.Items.Count));
        return stream;
    }

    /// <summary>Every change heard up to and including the first that satisfies <paramref name="match"/>.</summary>
    private static async Task<List<MyTicketChange>> ReadUntil(ChannelReader<LiveListMessage<MyTicketChange>> stream, Func<MyTicketChange, bool> match)
    {
        using var wait = new CancellationTokenSource(Patience);
        var heard = new List<MyTicketChange>();
        while (!heard.Exists(c => match(c)))
        {
            heard.AddRange((await stream.ReadAsync(wait.Token)).Items);
        }

        return heard;
    }
}
