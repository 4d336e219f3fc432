using System.Text.Json.Serialization;

namespace ItsmOrleans.Contracts.Security;

/// <summary>What a person or integration may do. A caller may hold several roles.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Role>))]
public enum Role
{
    /// <summary>Raises tickets; sees only their own, and only public comments.</summary>
    [JsonStringEnumMemberName("requester")] Requester = 1,

    /// <summary>Works tickets of their assignment groups; sees internal work notes.</summary>
    [JsonStringEnumMemberName("agent")] Agent = 2,

    /// <summary>Watches boards and reads tickets; changes nothing; no work notes unless also an agent.</summary>
    [JsonStringEnumMemberName("noc")] Noc = 3,

    /// <summary>Approves changes (a later capability); reads tickets like the NOC.</summary>
    [JsonStringEnumMemberName("change-manager")] ChangeManager = 4,

    /// <summary>Manages policies, users, groups, services and API keys; may do everything.</summary>
    [JsonStringEnumMemberName("admin")] Admin = 5,
}
