using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Security;

[Collection(WebAppTests.Name)]
public class HubAccessTests(WebAppFixture app)
{
    [Fact]
    public async Task A_requester_may_connect_for_their_own_tickets_but_not_open_the_board_streams()
    {
        var key = await Accounts.CreateApiKey(app, "requester");
        await using var connection = await app.ConnectHub(key);

        var board = await HubRefusal.Of(async () =>
            await (await connection.StreamAsChannelAsync<BoardMessage>("SubscribeBoard", BoardScope.All)).ReadAsync());
        Assert.Contains("unauthorized", board.Message, StringComparison.Ordinal);
        var mentions = await HubRefusal.Of(async () =>
            await (await connection.StreamAsChannelAsync<LiveListMessage<Contracts.Tickets.Mention>>("SubscribeMentions")).ReadAsync());
        Assert.Contains("unauthorized", mentions.Message, StringComparison.Ordinal);
        var own = await (await connection.StreamAsChannelAsync<LiveListMessage<Web.Tickets.MyTicketChange>>("SubscribeMyTickets")).ReadAsync();
        Assert.Equal(BoardMessageKind.Snapshot, own.Kind);
    }

    [Fact]
    public async Task Nobody_signed_out_may_open_the_operations_hub()
    {
        var refused = await Assert.ThrowsAsync<HttpRequestException>(async () =>
        {
            await using var connection = new HubConnectionBuilder().WithUrl(new Uri(app.BaseAddress, "hubs/operations")).Build();
            await connection.StartAsync();
        });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task An_open_board_connection_is_closed_when_its_key_is_revoked()
    {
        using var created = await app.Http.PostAsync("api/admin/api-keys", System.Net.Http.Json.JsonContent.Create(new { name = "wall tv", role = "noc" }));
        var body = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(created.Content);
        var key = body.GetProperty("key").GetString()!;
        var id = body.GetProperty("apiKey").GetProperty("id").GetString()!;
        await using var connection = await app.ConnectHub(key);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        var stream = await connection.StreamAsChannelAsync<BoardMessage>("SubscribeBoard", BoardScope.All);
        Assert.Equal(BoardMessageKind.Snapshot, (await stream.ReadAsync()).Kind);

        using var revoked = await app.Http.DeleteAsync($"api/admin/api-keys/{id}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        await closed.Task.WaitAsync(Web.Security.HubSessions.RecheckEvery * 3);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }
}
