using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Tickets;

namespace ItsmOrleans.Web.Tests.Tickets;

/// <summary>
/// A requester in their own ticket's room over real SignalR connections: the ticket and its public conversation live,
/// as REST shows it to them; never a work note, its history entry, or who of the service desk is on it.
/// </summary>
[Collection(WebAppTests.Name)]
public class RequesterTicketRoomTests(WebAppFixture app)
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_requester_follows_their_own_ticket_with_public_replies_live_and_never_a_work_note_or_anyones_presence()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var key = await Accounts.CreateNamedApiKey(app, $"rita-{tag}", "requester");
        using var rita = app.CreateHttp(key);
        var incident = await rita.CreateIncident(new { title = "Laptop fan is loud", description = "Since Monday", impact = "low", urgency = "low" });
        await Comment(incident.Id, $"Probably the bearing cnryearly{tag}", "workNote");
        await using var agent = await TicketRoomClient.Open(app, incident.Id);
        await using var room = await TicketRoomClient.Open(app, incident.Id, key);
        await using var wire = await TicketRoomFrames.Open(app, key, incident.Id);
        Assert.Equal(incident.Number, room.Incident!.Number);
        Assert.Equal([HistoryKind.Created], room.Timeline.Select(t => t.Entry.Kind));

        await agent.Report(PresenceActivity.TypingNote);
        await Comment(incident.Id, $"Ordered a new fan cnrylate{tag}", "workNote");
        await Comment(incident.Id, "We will swap the fan tomorrow morning", "public");

        await room.WaitFor(r => r.Timeline.FirstOrDefault(t => t.Comment?.Text == "We will swap the fan tomorrow morning"), Soon, "The public reply");
        await wire.WaitFor(f => f.GetRawText().Contains("swap the fan tomorrow", StringComparison.Ordinal), Soon, "The public reply");
        await agent.WaitFor(r => r.Timeline.FirstOrDefault(t => t.Comment?.Text.Contains($"cnrylate{tag}", StringComparison.Ordinal) == true), Soon, "The work note, among agents");
        await agent.WaitFor(r => r.Presence.Viewers.FirstOrDefault(v => v.Activity == PresenceActivity.TypingNote), Soon, "The typing agent, among agents");

        // The work note came first: had the requester's room carried it, it would have arrived before the reply.
        Assert.Equal([HistoryKind.Created, HistoryKind.CommentAdded], room.Timeline.Select(t => t.Entry.Kind));
        Assert.Empty(room.Presence.Viewers);
        Assert.DoesNotContain($"cnryearly{tag}", wire.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"cnrylate{tag}", wire.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("workNote", wire.Text, StringComparison.Ordinal);
        Assert.All(wire.Frames, f => Assert.Equal(JsonValueKind.Null, f.GetProperty("viewers").ValueKind));
        Assert.Equal(Enumerable.Range(1, wire.Frames.Count).Select(n => (long)n), wire.Frames.Select(f => f.GetProperty("seq").GetInt64()));
        Assert.Equal(0, room.Duplicates);
    }

    [Fact]
    public async Task Someone_elses_ticket_is_refused_to_a_requester_as_rest_refuses_it()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var owner = app.CreateHttp(await Accounts.CreateNamedApiKey(app, $"olga-{tag}", "requester"));
        var otherKey = await Accounts.CreateNamedApiKey(app, $"oscar-{tag}", "requester");
        using var other = app.CreateHttp(otherKey);
        var incident = await owner.CreateIncident(new { title = "Monitor flickers", description = "Desk 12", impact = "low", urgency = "low" });

        var refused = await HubRefusal.Of(() => TicketRoomClient.Open(app, incident.Id, otherKey));
        using var rest = await other.GetAsync($"api/incidents/{incident.Id}");

        Assert.Equal(HttpStatusCode.NotFound, rest.StatusCode);
        var detail = (await rest.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains(detail, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_change_is_serialised_once_per_audience_and_each_audience_reads_only_what_it_may()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var requesterKey = await Accounts.CreateNamedApiKey(app, $"rhea-{tag}", "requester");
        using var requester = app.CreateHttp(requesterKey);
        var incident = await requester.CreateIncident(new { title = "Dock does not charge", description = "USB-C dock", impact = "low", urgency = "low" });
        var nocKey = await Accounts.CreateApiKey(app, "noc");
        await using var ann = await TicketRoomFrames.Open(app, await Accounts.CreateApiKey(app, "agent"), incident.Id);
        await using var ben = await TicketRoomFrames.Open(app, null, incident.Id);
        await using var noc = await TicketRoomFrames.Open(app, nocKey, incident.Id);
        await using var own = await TicketRoomFrames.Open(app, requesterKey, incident.Id);

        await Comment(incident.Id, $"Firmware 2.1 is broken cnrynote{tag}", "workNote");
        await Comment(incident.Id, $"Try the other port please {tag}", "public");

        var reply = (Func<JsonElement, bool>)(f => f.GetRawText().Contains($"other port please {tag}", StringComparison.Ordinal));
        var annSaw = await ann.WaitFor(reply, Soon, "The reply, to one agent");
        var benSaw = await ben.WaitFor(reply, Soon, "The reply, to another");
        await noc.WaitFor(reply, Soon, "The reply, to the NOC");
        await own.WaitFor(reply, Soon, "The reply, to the requester");

        // Written once for the agents' audience: the same bytes, server time to the tick, whatever each connection's seq.
        Assert.Equal(WithoutSeq(annSaw), WithoutSeq(benSaw));
        Assert.Contains($"cnrynote{tag}", ann.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"cnrynote{tag}", noc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"cnrynote{tag}", own.Text, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, noc.Frames[0].GetProperty("viewers").ValueKind);
        Assert.All(own.Frames, f => Assert.Equal(JsonValueKind.Null, f.GetProperty("viewers").ValueKind));
    }

    private static string WithoutSeq(JsonElement frame)
    {
        var json = frame.GetRawText();
        return json[json.IndexOf(',', StringComparison.Ordinal)..];
    }

    private async Task Comment(Guid incidentId, string text, string visibility)
    {
        using var comment = await app.Http.PostAsJsonAsync($"api/incidents/{incidentId}/comments", new { text, visibility });
        await comment.EnsureStatus(HttpStatusCode.Created);
    }
}
