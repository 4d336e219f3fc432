using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.Tickets;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Tickets;

/// <summary>The ticket room over real SignalR connections: changes, comments and presence reach every agent on the ticket.</summary>
[Collection(WebAppTests.Name)]
public class TicketRoomTests(WebAppFixture app)
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_comment_and_a_field_change_by_one_agent_reach_another_agents_room_in_place()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Printer on floor 3 jams"));
        await using var room = await TicketRoomClient.Open(app, incident.Id);
        Assert.Equal(incident.Number, room.Incident!.Number);
        Assert.Equal([HistoryKind.Created], room.Timeline.Select(t => t.Entry.Kind));

        using (var comment = await app.Http.PostAsJsonAsync($"api/incidents/{incident.Id}/comments", new { text = "Swapped the fuser; testing", visibility = "workNote" }))
        {
            await comment.EnsureStatus(HttpStatusCode.Created);
        }

        using (var renamed = await app.Http.PatchAsJsonAsync($"api/incidents/{incident.Id}", new { title = "Printer on floor 3 jams (fuser)" }))
        {
            await renamed.EnsureStatus(HttpStatusCode.OK);
        }

        await room.WaitFor(r => r.Incident?.Title == "Printer on floor 3 jams (fuser)" ? r : null, Soon, "The new title");
        var note = Assert.Single(room.Timeline, t => t.Entry.Kind == HistoryKind.WorkNoteAdded);
        Assert.Equal("Swapped the fuser; testing", note.Comment?.Text);
        Assert.Equal([1, 2, 3], room.Timeline.Select(t => t.Entry.Sequence));
        Assert.Equal(0, room.Duplicates);
    }

    [Fact]
    public async Task A_client_that_drops_resumes_with_exactly_the_entries_it_missed()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "VPN flaps"));
        await using var room = await TicketRoomClient.Open(app, incident.Id);
        await room.Pause();

        for (var i = 1; i <= 3; i++)
        {
            using var comment = await app.Http.PostAsJsonAsync($"api/incidents/{incident.Id}/comments", new { text = $"Observation {i}", visibility = "public" });
            await comment.EnsureStatus(HttpStatusCode.Created);
        }

        var resumed = await room.Resume();

        Assert.False(resumed.Complete);
        Assert.Equal([2, 3, 4], resumed.Timeline.Select(t => t.Entry.Sequence));
        Assert.Equal([1, 2, 3, 4], room.Timeline.Select(t => t.Entry.Sequence));
        Assert.Equal(["Observation 1", "Observation 2", "Observation 3"], room.Timeline.Skip(1).Select(t => t.Comment?.Text));
        Assert.Equal(0, room.Duplicates);
        Assert.Equal(4, room.Incident!.Version);
    }

    [Fact]
    public async Task A_client_resuming_after_an_entry_that_was_never_written_gets_the_whole_timeline()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Scanner saves blank pages"));
        await using var connection = await app.ConnectHub();

        var first = await (await connection.StreamAsChannelAsync<TicketRoomMessage>("SubscribeTicket", incident.Id, 999)).ReadAsync();

        Assert.True(first.Complete);
        Assert.Equal([1], first.Timeline.Select(t => t.Entry.Sequence));
    }

    [Fact]
    public async Task Presence_shows_who_types_what_and_leaves_with_the_connection()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Payroll export fails"));
        var typistKey = await Accounts.CreateApiKey(app, "agent");
        await using var watcher = await TicketRoomClient.Open(app, incident.Id);
        var typist = await TicketRoomClient.Open(app, incident.Id, typistKey);

        await typist.Report(PresenceActivity.TypingNote);
        var typing = await watcher.WaitFor(
            r => r.Presence.Viewers.FirstOrDefault(v => v.Activity == PresenceActivity.TypingNote), Soon, "The typing agent");
        Assert.StartsWith("key:", typing.User, StringComparison.Ordinal);

        await typist.Report(PresenceActivity.Editing, "title");
        await watcher.WaitFor(r => r.Presence.Viewers.FirstOrDefault(v => v.Activity == PresenceActivity.Editing && v.Field == "title"), Soon, "The editing agent");

        await typist.DisposeAsync();
        await watcher.WaitFor(r => r.Presence.Viewers.Count == 0 ? r : null, Soon, "The agent leaving");
    }

    [Fact]
    public async Task Presence_refuses_an_unknown_activity_and_editing_without_a_field()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Badge reader offline"));
        await using var room = await TicketRoomClient.Open(app, incident.Id);

        var unknown = await Assert.ThrowsAsync<HubException>(() => room.Connection.InvokeAsync("ReportPresence", incident.Id, "dancing", (string?)null));
        Assert.Contains("'activity'", unknown.Message, StringComparison.Ordinal);
        var fieldless = await Assert.ThrowsAsync<HubException>(() => room.Report(PresenceActivity.Editing));
        Assert.Contains("field", fieldless.Message, StringComparison.Ordinal);
        // A stream that fails before its first message closes with the hub's error inside.
        var missing = await Assert.ThrowsAsync<System.Threading.Channels.ChannelClosedException>(() => TicketRoomClient.Open(app, Guid.NewGuid()));
        Assert.Contains("incident", Assert.IsType<HubException>(missing.InnerException).Message, StringComparison.OrdinalIgnoreCase);
    }
}
