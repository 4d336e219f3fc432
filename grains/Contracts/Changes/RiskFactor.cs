namespace ItsmOrleans.Contracts.Changes;

/// <summary>One reason a change scored the risk it did, so reviewers see why.</summary>
[GenerateSerializer, Immutable, Alias("itsm.RiskFactor")]
public sealed record RiskFactor(string Factor, int Points, string Reason);
