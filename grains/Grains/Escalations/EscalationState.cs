using ItsmOrleans.Contracts.Escalations;

namespace ItsmOrleans.Grains.Escalations;

[GenerateSerializer, Alias("itsm.EscalationState")]
public sealed class EscalationState
{
    [Id(0)] public bool Started { get; set; }
    [Id(1)] public string PolicyId { get; set; } = "";
    [Id(2)] public string PolicyName { get; set; } = "";

    /// <summary>The policy's levels as they were when the escalation started: later edits do not change a running one.</summary>
    [Id(3)] public List<EscalationLevel> Levels { get; set; } = [];
    [Id(4)] public int Repeats { get; set; }
    [Id(5)] public string Number { get; set; } = "";
    [Id(6)] public string Title { get; set; } = "";
    [Id(7)] public EscalationStatus Status { get; set; }
    [Id(8)] public int Level { get; set; }
    [Id(9)] public int Round { get; set; }
    [Id(10)] public DateTimeOffset? NextAt { get; set; }
    [Id(11)] public List<EscalationStep> Steps { get; set; } = [];
    [Id(12)] public string? StoppedBy { get; set; }
    [Id(13)] public DateTimeOffset? StoppedAt { get; set; }
}
