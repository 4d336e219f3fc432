namespace ItsmOrleans.Contracts.Continuity;

/// <summary>Invokes an approved plan, saying why, from a major incident when there is one.</summary>
[GenerateSerializer, Immutable, Alias("itsm.InvokePlan")]
public sealed record InvokePlan(string Reason, Guid? MajorIncidentId = null);
