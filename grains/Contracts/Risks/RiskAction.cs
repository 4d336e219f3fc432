namespace ItsmOrleans.Contracts.Risks;

/// <summary>Something someone will do to treat a risk, by when, and whether it is done.</summary>
[GenerateSerializer, Immutable, Alias("itsm.RiskAction")]
public sealed record RiskAction(string Description, string Owner, DateOnly? Due = null, bool Done = false);
