using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Grains.Services;

/// <summary>A service's definition and edges. Its health is not stored: it is rebuilt from incidents and dependencies.</summary>
[GenerateSerializer, Alias("itsm.ServiceState")]
public sealed class ServiceState
{
    [Id(0)] public bool Defined { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public ServiceKind Kind { get; set; }
    [Id(3)] public string? Description { get; set; }
    [Id(4)] public string? Owner { get; set; }
    [Id(5)] public string? SupportGroup { get; set; }
    [Id(6)] public int Criticality { get; set; }
    [Id(7)] public string? SlaPolicyId { get; set; }
    [Id(8)] public int Version { get; set; }
    [Id(9)] public List<string> DependsOn { get; set; } = [];
    [Id(10)] public List<string> Dependents { get; set; } = [];
    [Id(20)] public MaintenanceSchedule Maintenance { get; set; } = MaintenanceSchedule.None;
    [Id(30)] public ProblemSuggestion? Suggestion { get; set; }

    /// <summary>When the last suggestion was dismissed or turned into a problem: earlier incidents do not count again.</summary>
    [Id(31)] public DateTimeOffset? SuggestionClearedAt { get; set; }

    /// <summary>The escalation policy of incidents raised on this service, if any.</summary>
    [Id(40)] public string? EscalationPolicyId { get; set; }

    /// <summary>The continuity plans invoked for this service now, by number.</summary>
    [Id(50)] public List<string> InvokedPlans { get; set; } = [];
}
