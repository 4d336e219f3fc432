namespace ItsmOrleans.Contracts.Services;

/// <summary>Every service a service depends on and every service that depends on it, directly or through others.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ServiceRelations")]
public sealed record ServiceRelations(IReadOnlyList<string> DependsOn, IReadOnlyList<string> Dependents);
