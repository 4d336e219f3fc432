using ItsmOrleans.Contracts.Continuity;

namespace ItsmOrleans.Grains.Continuity;

[GenerateSerializer, Alias("itsm.BusinessImpactState")]
public sealed class BusinessImpactState
{
    [Id(0)] public BusinessImpact Impact { get; set; } = BusinessImpact.None;
    [Id(1)] public int Version { get; set; }
    [Id(2)] public DateTimeOffset? UpdatedAt { get; set; }
    [Id(3)] public string? UpdatedBy { get; set; }
}
