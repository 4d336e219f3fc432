using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.LiveFeeds;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Tests.Boards;

/// <summary>The host-side fan-out: what each board client receives, and what a client that stops reading costs.</summary>
public class BoardFeedTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static BoardFeed Feed(params IncidentSummary[] open)
    {
        var feed = new BoardFeed(TimeProvider.System, Options.Create(new BoardFeedOptions { MinInterval = TimeSpan.FromMilliseconds(10) }), new LiveFeedReloads());
        feed.BeginLoad();
        feed.CompleteLoad(open);
        return feed;
    }

    private static IncidentSummary Row(Guid id, int revision, string group = "network", IncidentStatus status = IncidentStatus.New)
    {
        var clock = new SlaClockView(SlaClockKind.Resolution, SlaClockState.Running, TimeSpan.FromHours(4), TimeSpan.Zero, Now, Now.AddHours(4), null, null);
        return new IncidentSummary(id, $"INC{revision:D7}", $"Row {revision}", Priority.P2, status, null, group, null, "bob", Now, Now, revision, revision, clock with { Kind = SlaClockKind.Response }, clock);
    }

    private static LiveBatch Batch(params IncidentSummary[] rows) => LiveBatch.Empty with { Rows = [.. rows.Select(LiveRow.Of)] };

    [Fact]
    public async Task A_client_that_stops_reading_holds_at_most_one_pending_row_per_incident_and_does_not_delay_others()
    {
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToArray();
        var feed = Feed();
        using var stop = new CancellationTokenSource();
        var stalled = feed.Subscribe(BoardScope.All, stop.Token);
        var live = feed.Subscribe(BoardScope.All, stop.Token);
        Assert.Equal(BoardMessageKind.Snapshot, (await live.ReadAsync()).Kind);

        for (var revision = 1; revision <= 500; revision++)
        {
            feed.OnBatch(Batch(ids.Select(id => Row(id, revision)).ToArray()));
        }

        var latest = new Dictionary<Guid, int>();
        while (latest.Count < ids.Length || latest.Values.Any(r => r < 500))
        {
            var message = await live.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            foreach (var row in message.Incidents)
            {
                latest[row.Id] = row.Revision;
            }
        }

        // The stalled client took nothing since its snapshot: one message waits in its one-slot channel and the rest
        // is coalesced into the latest row per incident, however many changes happened.
        Assert.True(stalled.TryRead(out var first));
        Assert.Equal(BoardMessageKind.Snapshot, first.Kind);
        var next = await stalled.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(next.Incidents.Count <= ids.Length);
        var last = await stalled.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(ids.Length, last.Incidents.Count);
        Assert.All(last.Incidents, r => Assert.Equal(500, r.Revision));
        await stop.CancelAsync();
    }

    [Fact]
    public async Task Sequence_numbers_start_at_one_with_the_snapshot_and_grow_by_one()
    {
        var id = Guid.NewGuid();
        var feed = Feed(Row(id, 1));
        using var stop = new CancellationTokenSource();
        var reader = feed.Subscribe(BoardScope.All, stop.Token);
        var snapshot = await reader.ReadAsync();
        Assert.Equal((1, BoardMessageKind.Snapshot), (snapshot.Seq, snapshot.Kind));
        Assert.Single(snapshot.Incidents);

        for (var revision = 2; revision <= 4; revision++)
        {
            feed.OnBatch(Batch(Row(id, revision)));
            var delta = await reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
            Assert.Equal(revision, delta.Seq);
            Assert.Equal(revision, Assert.Single(delta.Incidents).Revision);
        }

        await stop.CancelAsync();
    }

    [Fact]
    public async Task An_older_row_arriving_late_never_replaces_a_newer_one()
    {
        var id = Guid.NewGuid();
        var feed = Feed(Row(id, 5));
        using var stop = new CancellationTokenSource();
        feed.OnBatch(Batch(Row(id, 3)));
        var snapshot = await feed.Subscribe(BoardScope.All, stop.Token).ReadAsync();
        Assert.Equal(5, Assert.Single(snapshot.Incidents).Revision);
        await stop.CancelAsync();
    }

    [Fact]
    public async Task Changes_that_arrive_while_the_board_loads_are_applied_after_the_load()
    {
        var id = Guid.NewGuid();
        var feed = new BoardFeed(TimeProvider.System, Options.Create(new BoardFeedOptions()), new LiveFeedReloads());
        feed.BeginLoad();
        feed.OnBatch(Batch(Row(id, 2, status: IncidentStatus.Cancelled)));
        feed.CompleteLoad([Row(id, 1)]);
        using var stop = new CancellationTokenSource();

        var snapshot = await feed.Subscribe(BoardScope.All, stop.Token).ReadAsync();

        Assert.Empty(snapshot.Incidents);
        await stop.CancelAsync();
    }

    [Fact]
    public async Task A_reload_gives_every_client_a_fresh_snapshot_without_rows_that_closed_meanwhile()
    {
        var stays = Row(Guid.NewGuid(), 1);
        var closedWhileAway = Row(Guid.NewGuid(), 1);
        var feed = Feed(stays, closedWhileAway);
        using var stop = new CancellationTokenSource();
        var reader = feed.Subscribe(BoardScope.All, stop.Token);
        Assert.Equal(2, (await reader.ReadAsync()).Incidents.Count);

        var createdWhileLoading = Row(Guid.NewGuid(), 1);
        var reloads = new LiveFeedReloads();
        var resync = Batch(Row(stays.Id, 2)) with { Resync = true };
        await new LiveFeedObserver([], reloads).OnLiveBatch(resync);
        feed.OnBatch(resync);
        feed.BeginLoad();
        feed.OnBatch(Batch(createdWhileLoading));
        feed.CompleteLoad([Row(stays.Id, 2)]);

        var reset = await ReadUntil(reader, m => m.Kind == BoardMessageKind.Snapshot);
        Assert.Equal(new[] { stays.Id, createdWhileLoading.Id }.Order(), reset.Incidents.Select(r => r.Id).Order());
        Assert.True(reloads.TakeRequest());
        await stop.CancelAsync();
    }

    private static async Task<BoardMessage> ReadUntil(System.Threading.Channels.ChannelReader<BoardMessage> reader, Func<BoardMessage, bool> match)
    {
        while (true)
        {
            var message = await reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
            if (match(message))
            {
                return message;
            }
        }
    }
}
