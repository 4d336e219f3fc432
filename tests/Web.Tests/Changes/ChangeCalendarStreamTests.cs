using Microsoft.AspNetCore.SignalR;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Changes;

[Collection(WebAppTests.Name)]
public class ChangeCalendarStreamTests(WebAppFixture app)
{
    private readonly ChangeRequests _requests = new(app);

    [Fact]
    public async Task The_calendar_stream_sends_its_range_then_changes_entering_and_leaving_it_live()
    {
        var mail = await _requests.Service("mail");
        var before = await ChangeRequests.Create(app.Http, await _requests.Normal(mail, 2, 3, "erin"));
        await using var connection = await app.ConnectHub();
        var range = new ChangeCalendarRange(_requests.Day, _requests.Day.AddDays(2), mail);
        var stream = await connection.StreamAsChannelAsync<ChangeCalendarMessage>("SubscribeChangeCalendar", range);

        var snapshot = await stream.ReadAsync();
        Assert.Equal(BoardMessageKind.Snapshot, snapshot.Kind);
        Assert.Equal(before.Number, Assert.Single(snapshot.Changes).Number);

        var planned = await ChangeRequests.Create(app.Http, await _requests.Normal(mail, 10, 11, "frank"));
        var arrived = await Next(stream, m => m.Changes.Any(c => c.Number == planned.Number));
        Assert.Equal(BoardMessageKind.Delta, arrived.Kind);

        // The earlier change now clashes with nothing new, but the new one moved out of range: the client hears of it.
        using (var moved = await app.Http.PatchAsJsonAsync($"api/changes/{planned.Id}", new { window = _requests.Window(24 * 5, 24 * 5 + 1) }))
        {
            await moved.EnsureStatus(HttpStatusCode.OK);
        }

        var left = await Next(stream, m => m.Changes.Any(c => c.Number == planned.Number && !range.Includes(c)));
        Assert.Equal(BoardMessageKind.Delta, left.Kind);
    }

    [Fact]
    public async Task A_range_longer_than_the_calendar_allows_is_refused()
    {
        await using var connection = await app.ConnectHub();
        var range = new ChangeCalendarRange(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(400));
        var stream = await connection.StreamAsChannelAsync<ChangeCalendarMessage>("SubscribeChangeCalendar", range);
        var refused = await Assert.ThrowsAnyAsync<Exception>(async () => await stream.ReadAsync());
        var reason = Assert.IsType<HubException>(refused.InnerException ?? refused);
        Assert.Contains("at most 92 days", reason.Message, StringComparison.Ordinal);
    }

    private static async Task<ChangeCalendarMessage> Next(System.Threading.Channels.ChannelReader<ChangeCalendarMessage> stream, Func<ChangeCalendarMessage, bool> wanted)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var message in stream.ReadAllAsync(patience.Token))
        {
            if (wanted(message))
            {
                return message;
            }
        }

        throw new InvalidOperationException("The stream ended.");
    }
}
