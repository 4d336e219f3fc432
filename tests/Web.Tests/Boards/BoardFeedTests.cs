using System.Threading.Channels;
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
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static BoardFeed Feed(params IncidentSummary[] open)
    {
        var feed = new BoardFeed(TimeProvider.System, Options.Create(new BoardFeedOptions { MinInterval = TimeSpan.Zero }), new LiveFeedReloads());
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

    private static async Task<BoardMessage> Read(ChannelReader<BoardFrame> reader) => (await reader.ReadAsync().AsTask().WaitAsync(Patience)).Message;

    [Fact]
    public async Task A_client_that_stops_reading_is_sent_a_fresh_snapshot_instead_of_a_growing_queue_and_does_not_delay_others()
    {
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToArray();
        var feed = Feed();
        using var stop = new CancellationTokenSource();
        var stalled = feed.Subscribe(BoardScope.All, stop.Token);
        var live = feed.Subscribe(BoardScope.All, stop.Token);
        Assert.Equal(BoardMessageKind.Snapshot, (await Read(live)).Kind);

        // Each change is its own frame: the live client sees every one while the stalled one takes none.
        var frames = BoardSubscription.MaxQueuedFrames * 2;
        for (var revision = 1; revision <= frames; revision++)
        {
            feed.OnBatch(Batch(ids.Select(id => Row(id, revision)).ToArray()));
            var delta = await Read(live);
            Assert.Equal(BoardMessageKind.Delta, delta.Kind);
            Assert.Equal(ids.Length, delta.Incidents.Count + delta.Changed.Count);
        }

        // The stalled client holds its snapshot, one delta its stream was already writing, then a fresh snapshot
        // with the latest rows: its queue was dropped when it fell too far behind.
        Assert.Equal(BoardMessageKind.Snapshot, (await Read(stalled)).Kind);
        Assert.Equal(BoardMessageKind.Delta, (await Read(stalled)).Kind);
        var resync = await Read(stalled);
        Assert.Equal(BoardMessageKind.Snapshot, resync.Kind);
        Assert.Equal(ids.Length, resync.Incidents.Count);
        Assert.All(resync.Incidents, r => Assert.Equal(frames, r.Revision));
        await stop.CancelAsync();
    }

    [Fact]
    public async Task Every_client_of_a_scope_receives_the_same_serialised_frame()
    {
        var id = Guid.NewGuid();
        var feed = Feed(Row(id, 1));
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => feed.Subscribe(BoardScope.All, stop.Token)).ToList();
        foreach (var reader in readers)
        {
            await Read(reader);
        }

        feed.OnBatch(Batch(Row(id, 2)));

        var frames = new List<BoardFrame>();
        foreach (var reader in readers)
        {
            frames.Add(await reader.ReadAsync().AsTask().WaitAsync(Patience));
        }

        Assert.All(frames, f => Assert.Same(frames[0], f));
        await stop.CancelAsync();
    }

    [Fact]
    public async Task A_delta_carries_a_row_new_to_the_board_whole_and_a_shown_row_as_a_patch_of_what_changed()
    {
        var shown = Row(Guid.NewGuid(), 1);
        var feed = Feed(shown);
        using var stop = new CancellationTokenSource();
        var reader = feed.Subscribe(BoardScope.All, stop.Token);
        var snapshot = await Read(reader);

        var arriving = Row(Guid.NewGuid(), 1);
        var renamed = shown with { Title = "Core switch down", Revision = 2, Version = 2, UpdatedAt = Now.AddMinutes(1) };
        feed.OnBatch(Batch(arriving, renamed));

        var delta = await Read(reader);
        Assert.Equal((snapshot.Seq + 1, BoardMessageKind.Delta), (delta.Seq, delta.Kind));
        Assert.Equal(arriving.Id, Assert.Single(delta.Incidents).Id);
        var patch = Assert.Single(delta.Changed);
        Assert.Equal(["id", "title", "updatedAt", "version", "revision"], patch.Select(p => p.Key));
        Assert.Equal("Core switch down", patch["title"]!.GetValue<string>());
        await stop.CancelAsync();
    }

    [Fact]
    public async Task A_client_joining_between_ticks_neither_misses_nor_repeats_a_change()
    {
        var id = Guid.NewGuid();
        var feed = Feed(Row(id, 1));
        using var stop = new CancellationTokenSource();
        var early = feed.Subscribe(BoardScope.All, stop.Token);
        await Read(early);

        feed.OnBatch(Batch(Row(id, 2)));
        var late = feed.Subscribe(BoardScope.All, stop.Token);
        var lateSnapshot = await Read(late);
        feed.OnBatch(Batch(Row(id, 3)));

        Assert.Equal(2, Assert.Single(lateSnapshot.Incidents).Revision);
        var lateDelta = await Read(late);
        Assert.Equal((lateSnapshot.Seq + 1, 3), (lateDelta.Seq, Assert.Single(lateDelta.Changed)["revision"]!.GetValue<int>()));

        var seen = new List<BoardMessage> { await Read(early), await Read(early) };
        Assert.Equal([2, 3], seen.Select(m => Assert.Single(m.Changed)["revision"]!.GetValue<int>()));
        Assert.Equal(lateDelta.Seq, seen[^1].Seq);
        await stop.CancelAsync();
    }

    [Fact]
    public async Task An_older_row_arriving_late_never_replaces_a_newer_one()
    {
        var id = Guid.NewGuid();
        var feed = Feed(Row(id, 5));
        using var stop = new CancellationTokenSource();
        feed.OnBatch(Batch(Row(id, 3)));
        var snapshot = await Read(feed.Subscribe(BoardScope.All, stop.Token));
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

        var snapshot = await Read(feed.Subscribe(BoardScope.All, stop.Token));

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
        Assert.Equal(2, (await Read(reader)).Incidents.Count);

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

    private static async Task<BoardMessage> ReadUntil(ChannelReader<BoardFrame> reader, Func<BoardMessage, bool> match)
    {
        while (true)
        {
            var message = await Read(reader);
            if (match(message))
            {
                return message;
            }
        }
    }
}
