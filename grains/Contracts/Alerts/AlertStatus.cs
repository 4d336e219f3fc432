using System.Text.Json.Serialization;

namespace ItsmOrleans.Contracts.Alerts;

[JsonConverter(typeof(JsonStringEnumConverter<AlertStatus>))]
public enum AlertStatus
{
    [JsonStringEnumMemberName("triggered")] Triggered = 1,
    [JsonStringEnumMemberName("acknowledged")] Acknowledged = 2,
    [JsonStringEnumMemberName("resolved")] Resolved = 3,
}
