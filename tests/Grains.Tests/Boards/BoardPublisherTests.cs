using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Grains.Tests.Boards;

[Collection(ClusterTests.Name)]
public class BoardPublisherTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_new_incident_reaches_every_registered_board_host_with_its_feed_line()
    {
        var first = await fixture.ConnectBoardHost();
        var second = await fixture.ConnectBoardHost();

        var view = await fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid())
            .Create(new CommandContext(Callers.Admin("alice")), new CreateIncident("Printer on fire", "", Impact.Low, Urgency.High, "bob"));

        await first.WaitForRow(r => r.Id == view.Id, Patience);
        await second.WaitForRow(r => r.Id == view.Id, Patience);
        Assert.Contains(first.Batches.SelectMany(b => b.Batch.EventsOf<BoardActivity>()), a => a.IncidentId == view.Id && a.Number == view.Number && a.Text == "raised: Printer on fire");
    }

    [Fact]
    public async Task A_storm_of_changes_on_one_incident_is_coalesced_to_a_few_pushes_ending_with_the_latest_state()
    {
        var board = await fixture.ConnectBoardHost();
        var incident = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        var view = await incident.Create(new CommandContext(Callers.Admin("alice")), new CreateIncident("Storm", "", Impact.Low, Urgency.Low, "bob"));
        const int Changes = 60;
        for (var i = 0; i < Changes; i++)
        {
            view = await incident.AddComment(new CommandContext(Callers.Admin("monitor")), new AddComment($"tick {i}", CommentVisibility.WorkNote));
        }

        var finalRevision = view.Version;
        await board.WaitForRow(r => r.Id == view.Id && r.Version == finalRevision, Patience);

        var pushes = board.Batches.Count(b => b.Batch.RowsOf<IncidentSummary>().Any(r => r.Id == view.Id));
        Assert.InRange(pushes, 1, Changes / 3);
        var feedLines = board.Batches.SelectMany(b => b.Batch.EventsOf<BoardActivity>()).Count(a => a.IncidentId == view.Id);
        Assert.Equal(Changes + 1, feedLines);
    }

    [Fact]
    public async Task A_board_host_that_stops_renewing_is_forgotten()
    {
        var registry = fixture.Client.GetGrain<ILiveFeedHostRegistryGrain>(0);
        var board = await fixture.ConnectBoardHost();
        Assert.Contains(await registry.GetObservers(), o => o is not null);
        await registry.Unregister(board.Id);

        var view = await fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid())
            .Create(new CommandContext(Callers.Admin("alice")), new CreateIncident("After leaving", "", Impact.Low, Urgency.Low, "bob"));
        var other = await fixture.ConnectBoardHost();
        await other.WaitForRow(r => r.Id == view.Id, Patience);
        Assert.DoesNotContain(board.Batches, b => b.Batch.RowsOf<IncidentSummary>().Any(r => r.Id == view.Id));
    }

    [Fact]
    public async Task A_host_that_missed_a_push_is_told_to_reload_with_the_next_one_while_others_carry_on()
    {
        var flaky = await fixture.ConnectBoardHost(refuseFirstBatch: true);
        var steady = await fixture.ConnectBoardHost();

        var missed = await fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid())
            .Create(new CommandContext(Callers.Admin("alice")), new CreateIncident("Missed by one host", "", Impact.Low, Urgency.Low, "bob"));
        await steady.WaitForRow(r => r.Id == missed.Id, Patience);

        // The flaky host is not sent a backlog: a batch it takes after the miss tells it to reload (pushes from a
        // publisher that did not miss anything may come first).
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!flaky.Batches.Any(b => b.Batch.Resync) && DateTimeOffset.UtcNow < deadline)
        {
            await fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid())
                .Create(new CommandContext(Callers.Admin("alice")), new CreateIncident("After the miss", "", Impact.Low, Urgency.Low, "bob"));
            await Task.Delay(50);
        }

        Assert.Contains(flaky.Batches, b => b.Batch.Resync);
    }

    [Fact]
    public async Task A_host_that_missed_the_last_change_for_a_while_is_told_to_reload_without_waiting_for_another()
    {
        var flaky = await fixture.ConnectBoardHost(refuseFirstBatch: true);
        await fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid())
            .Create(new CommandContext(Callers.Admin("alice")), new CreateIncident("The last change for a while", "", Impact.Low, Urgency.Low, "bob"));

        // Nothing else changes; the refused push comes back by itself as a resync.
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!flaky.Batches.Any(b => b.Batch.Resync) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Contains(flaky.Batches, b => b.Batch.Resync);
    }

    [Fact]
    public async Task A_host_learns_whether_it_was_registered_so_it_knows_when_to_reload()
    {
        var registry = fixture.Client.GetGrain<ILiveFeedHostRegistryGrain>(0);
        var host = new RecordingBoardHost();
        var reference = fixture.Client.CreateObjectReference<ILiveFeedObserver>(host);

        Assert.False(await registry.Register(host.Id, reference));
        Assert.True(await registry.Register(host.Id, reference));
        await registry.Unregister(host.Id);
        Assert.False(await registry.Register(host.Id, reference));
    }
}
