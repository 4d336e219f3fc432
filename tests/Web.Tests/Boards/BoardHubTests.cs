using Microsoft.AspNetCore.SignalR.Client;
using ItsmOrleans.Web.Boards;

namespace ItsmOrleans.Web.Tests.Boards;

[Collection(WebAppTests.Name)]
public class BoardHubTests(WebAppFixture app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private Task<string> UniqueGroup() => app.NewGroup("board");

    [Fact]
    public async Task A_board_gets_a_snapshot_then_an_incident_created_over_http_as_a_delta()
    {
        var group = await UniqueGroup();
        var existing = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Before subscribing", group: group));
        await using var board = await BoardSubscriber.Open(app, new BoardScope(BoardScopeKind.Group, group));
        Assert.Equal(BoardMessageKind.Snapshot, board.Received[0].Message.Kind);
        // An incident created just before subscribing is in the snapshot or follows within one push window.
        await board.WaitForRow(r => r.Id == existing.Id, Patience);

        var created = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Switch down", group: group, impact: "high", urgency: "high"));

        var (_, delta) = await board.WaitForRow(r => r.Id == created.Id, Patience);
        Assert.Equal(BoardMessageKind.Delta, delta.Kind);
        Assert.Equal(2, delta.Counters.ByPriority["P1"]);
        Assert.Contains(delta.Activity, a => a.IncidentId == created.Id);
        var first = board.Received[0].Message.Seq;
        Assert.Equal(Enumerable.Range(0, board.Received.Count).Select(i => first + i), board.Received.Select(r => r.Message.Seq));
    }

    [Fact]
    public async Task An_sla_breach_arrives_on_the_board_within_a_second_of_its_due_time()
    {
        var group = await UniqueGroup();
        await using var board = await BoardSubscriber.Open(app, new BoardScope(BoardScopeKind.Group, group));
        var created = await app.Http.CreateIncident(IncidentRequests.NewIncident(group: group, policy: TestSettings.FastPolicy));
        var due = created.Sla.Resolution.DueAt!.Value;

        var (arrivedAt, message) = await board.WaitForRow(r => r.Id == created.Id && r.Resolution.Breached, Patience);

        Assert.InRange(arrivedAt - due, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.Contains(message.Activity, a => a.IncidentId == created.Id && a.Text.Contains("breached", StringComparison.Ordinal));
        Assert.True(message.Counters.Breached >= 1);
    }

    [Fact]
    public async Task A_service_board_shows_only_its_service_and_drops_an_incident_moved_elsewhere()
    {
        var (service, elsewhere, another) = (await app.NewService("svc"), await app.NewService("elsewhere"), await app.NewService("another"));
        await using var board = await BoardSubscriber.Open(app, new BoardScope(BoardScopeKind.Service, service));
        var other = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Elsewhere", service: elsewhere));
        var mine = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Mine", service: service));
        await board.WaitForRow(r => r.Id == mine.Id, Patience);

        using var moved = await app.Http.Send(HttpMethod.Patch, $"api/incidents/{mine.Id}", new { serviceId = another });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        await board.WaitFor(m => m.Removed.Contains(mine.Id), Patience);
        Assert.False(board.Brought(i => i.Id == other.Id));
    }

    [Fact]
    public async Task A_cancelled_incident_leaves_the_board()
    {
        var group = await UniqueGroup();
        await using var board = await BoardSubscriber.Open(app, new BoardScope(BoardScopeKind.Group, group));
        var created = await app.Http.CreateIncident(IncidentRequests.NewIncident(group: group));
        await board.WaitForRow(r => r.Id == created.Id, Patience);

        using var cancelled = await app.Http.Send(HttpMethod.Post, $"api/incidents/{created.Id}/transitions", new { to = "cancelled" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        var (_, message) = await board.WaitFor(m => m.Removed.Contains(created.Id), Patience);
        Assert.Equal(0, message.Counters.Open);
    }

    [Fact]
    public async Task A_scope_without_a_value_is_refused()
    {
        await using var connection = await app.ConnectHub();
        var channel = await connection.StreamAsChannelAsync<BoardMessage>("SubscribeBoard", new BoardScope(BoardScopeKind.Service, null));
        await Assert.ThrowsAnyAsync<Exception>(async () => await channel.ReadAsync());
    }
}
