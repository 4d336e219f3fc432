using System.Text.Json;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// Reads a ticket for its room with one caller's rights (the incident grain applies <c>IncidentAccess</c>), and
/// serialises room messages with the hub's own JSON settings.
/// </summary>
public sealed class TicketRoomReader(IGrainFactory grains, IOptions<JsonHubProtocolOptions> hubJson, TimeProvider time)
{
    public const int TimelineLimit = 500;

    /// <summary>The ticket after <paramref name="afterSequence"/> as the caller may see it, with who is present when their audience sees that.</summary>
    public async Task<SerializedRoomMessage> Read(Guid incidentId, Caller caller, TicketAudience audience, int afterSequence, BoardMessageKind kind)
    {
        var presence = audience.SeesPresence ? await grains.GetGrain<ITicketPresenceGrain>(incidentId).Get() : null;
        var timeline = await Timeline(incidentId, caller, afterSequence);
        return Message(kind, afterSequence, timeline, presence);
    }

    public Task<TicketTimeline> Timeline(Guid incidentId, Caller caller, int afterSequence) =>
        grains.GetGrain<IIncidentGrain>(incidentId).GetTimeline(caller, afterSequence, TimelineLimit);

    public SerializedRoomMessage Message(BoardMessageKind kind, int afterSequence, TicketTimeline? timeline, TicketPresence? presence) =>
        Serialize(
            new TicketRoomMessage(0, kind, time.GetUtcNow(), timeline?.Incident, timeline?.Timeline ?? [], timeline?.Complete ?? false, presence?.Viewers),
            afterSequence,
            presence?.Revision);

    public SerializedRoomMessage Serialize(TicketRoomMessage message, int afterSequence, long? presenceRevision) =>
        new(message, afterSequence, presenceRevision, JsonSerializer.SerializeToUtf8Bytes(message, hubJson.Value.PayloadSerializerOptions));
}
