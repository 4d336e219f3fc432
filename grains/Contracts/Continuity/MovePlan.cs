namespace ItsmOrleans.Contracts.Continuity;

/// <summary>Approves, retires or reinstates a plan; retiring and reinstating need notes saying why.</summary>
[GenerateSerializer, Immutable, Alias("itsm.MovePlan")]
public sealed record MovePlan(PlanStatus To, string? Notes = null);
