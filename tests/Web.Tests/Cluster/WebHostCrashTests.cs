using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Web.Boards;
using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Cluster;

/// <summary>
/// Kill -9 the web host a board and a ticket room are connected to while the ticket and the board keep changing through
/// another host: reconnected to that other host, the room resumes from its last sequence and ends with every entry
/// exactly once, and the board's new snapshot holds every incident raised meanwhile.
/// </summary>
[Collection(ClusterTests.Name)]
[Trait("Category", "Cluster")]
public class WebHostCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Clients_of_a_killed_web_host_reconnect_to_another_and_miss_nothing()
    {
        await using var cluster = await LocalCluster.Start(silos: 1, webHosts: 2);
        using var other = cluster.Client(2);
        var group = "webcrash-" + Guid.NewGuid().ToString("N")[..8];
        await TestCast.Group(other, group);
        var ticket = await other.CreateIncident(IncidentRequests.NewIncident(title: "Shared ticket", group: group));
        await using var room = await TicketRoomClient.Open(await cluster.ConnectHub(1), ticket.Id);
        var board = await BoardSubscriber.Open(await cluster.ConnectHub(1), new BoardScope(BoardScopeKind.Group, group));

        var raised = new List<Guid> { ticket.Id };
        async Task Change(int i)
        {
            using var note = await other.PostAsJsonAsync($"api/incidents/{ticket.Id}/comments", new { text = $"Note {i}", visibility = "workNote" });
            await note.EnsureStatus(HttpStatusCode.Created);
            raised.Add((await other.CreateIncident(IncidentRequests.NewIncident(title: $"Raised {i}", group: group))).Id);
        }

        for (var i = 0; i < 10; i++)
        {
            await Change(i);
        }

        await room.WaitFor(r => r.Timeline.Count >= 11 ? r : null, TimeSpan.FromSeconds(20), "the first ten notes");
        cluster.KillWeb(1);
        for (var i = 10; i < 20; i++)
        {
            await Change(i);
        }

        var seenBeforeMove = room.LastSequence;
        await room.MoveTo(await cluster.ConnectHub(2));
        await board.DisposeAsync();
        await using var rejoined = await BoardSubscriber.Open(await cluster.ConnectHub(2), new BoardScope(BoardScopeKind.Group, group));
        for (var i = 20; i < 25; i++)
        {
            await Change(i);
        }

        var history = (await other.GetFromJsonAsync<List<HistoryEntry>>($"api/incidents/{ticket.Id}/history", WireJson.Options))!;
        await room.WaitFor(r => r.LastSequence >= history.Count ? r : null, TimeSpan.FromSeconds(20), "every entry of the ticket");
        Assert.Equal(Enumerable.Range(1, history.Count), room.Timeline.Select(t => t.Entry.Sequence));
        Assert.Equal(0, room.Duplicates);
        await rejoined.WaitFor(m => raised.All(id => rejoined.Brought(row => row.Id == id)) , TimeSpan.FromSeconds(20));
        output.WriteLine($"the room held sequences 1..{seenBeforeMove} when its host died and resumed on the other host to 1..{room.LastSequence}, "
            + $"no gap and no duplicate; the board on the other host holds all {raised.Count} incidents");
    }
}
