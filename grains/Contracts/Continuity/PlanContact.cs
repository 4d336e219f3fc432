namespace ItsmOrleans.Contracts.Continuity;

/// <summary>Someone the plan calls on, in the role they play (for example "Supplier duty manager"), and how to reach them.</summary>
[GenerateSerializer, Immutable, Alias("itsm.PlanContact")]
public sealed record PlanContact(string Role, string Name, string? Reach = null);
