using System.Text.Json.Serialization;

namespace ItsmOrleans.Contracts.Tickets;

/// <summary>What someone in a ticket's room is doing.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PresenceActivity>))]
public enum PresenceActivity
{
    [JsonStringEnumMemberName("viewing")] Viewing = 1,

    /// <summary>The tab is open but hidden, or nobody touched it for a while.</summary>
    [JsonStringEnumMemberName("idle")] Idle = 2,

    /// <summary>Changing a field of the ticket; the field is named.</summary>
    [JsonStringEnumMemberName("editing")] Editing = 3,

    [JsonStringEnumMemberName("typingReply")] TypingReply = 4,

    [JsonStringEnumMemberName("typingNote")] TypingNote = 5,
}
