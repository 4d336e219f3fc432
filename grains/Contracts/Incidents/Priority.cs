using System.Text.Json.Serialization;

namespace ItsmOrleans.Contracts.Incidents;

/// <summary>ITIL priority, derived from impact and urgency. P1 is the most urgent.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Priority>))]
public enum Priority
{
    [JsonStringEnumMemberName("P1")] P1 = 1,
    [JsonStringEnumMemberName("P2")] P2 = 2,
    [JsonStringEnumMemberName("P3")] P3 = 3,
    [JsonStringEnumMemberName("P4")] P4 = 4,
    [JsonStringEnumMemberName("P5")] P5 = 5,
}
