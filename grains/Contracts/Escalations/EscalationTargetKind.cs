using System.Text.Json.Serialization;

namespace ItsmOrleans.Contracts.Escalations;

/// <summary>Who an escalation level notifies: a person, an assignment group, or whoever is on call in a schedule.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EscalationTargetKind>))]
public enum EscalationTargetKind
{
    [JsonStringEnumMemberName("user")] User = 1,
    [JsonStringEnumMemberName("group")] Group = 2,
    [JsonStringEnumMemberName("schedule")] Schedule = 3,
}
