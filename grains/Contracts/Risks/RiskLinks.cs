using System.Text.Json.Serialization;

namespace ItsmOrleans.Contracts.Risks;

/// <summary>What a risk touches: services by id, changes and problems by id, vendor contracts by id.</summary>
[GenerateSerializer, Immutable, Alias("itsm.RiskLinks")]
public sealed record RiskLinks(
    IReadOnlyList<string>? ServiceIds = null,
    IReadOnlyList<Guid>? ChangeIds = null,
    IReadOnlyList<Guid>? ProblemIds = null,
    IReadOnlyList<string>? ContractIds = null)
{
    public static RiskLinks None { get; } = new([], [], [], []);

    [JsonIgnore]
    public IReadOnlyList<string> Services => ServiceIds ?? [];

    [JsonIgnore]
    public IReadOnlyList<Guid> Changes => ChangeIds ?? [];

    [JsonIgnore]
    public IReadOnlyList<Guid> Problems => ProblemIds ?? [];

    [JsonIgnore]
    public IReadOnlyList<string> Contracts => ContractIds ?? [];
}
