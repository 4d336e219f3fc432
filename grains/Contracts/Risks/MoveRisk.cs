namespace ItsmOrleans.Contracts.Risks;

/// <summary>Moves a risk along its lifecycle; accepting, reassessing, closing and reopening need notes saying why.</summary>
[GenerateSerializer, Immutable, Alias("itsm.MoveRisk")]
public sealed record MoveRisk(RiskStatus To, string? Notes = null);
