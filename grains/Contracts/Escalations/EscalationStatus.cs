using System.Text.Json.Serialization;

namespace ItsmOrleans.Contracts.Escalations;

[JsonConverter(typeof(JsonStringEnumConverter<EscalationStatus>))]
public enum EscalationStatus
{
    /// <summary>Notifying level by level until someone acknowledges.</summary>
    [JsonStringEnumMemberName("active")] Active = 1,

    [JsonStringEnumMemberName("acknowledged")] Acknowledged = 2,

    /// <summary>The incident was resolved, closed or cancelled before anyone acknowledged it.</summary>
    [JsonStringEnumMemberName("ended")] Ended = 3,

    /// <summary>Every level (and repeat) notified without an acknowledgement.</summary>
    [JsonStringEnumMemberName("exhausted")] Exhausted = 4,
}
