using ItsmOrleans.Contracts.Escalations;

namespace ItsmOrleans.Grains.Escalations;

[GenerateSerializer, Alias("itsm.EscalationPolicyState")]
public sealed class EscalationPolicyState
{
    [Id(0)] public DefineEscalationPolicy? Definition { get; set; }
    [Id(1)] public int Version { get; set; }

    public EscalationPolicyView? ToView(string id) => Definition is { } d
        ? new EscalationPolicyView(id, d.Name, d.Levels, d.Repeats, d.MinimumPriority, Version)
        : null;
}
