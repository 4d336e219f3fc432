namespace ItsmOrleans.Contracts.Services;

/// <summary>Creates a service or changes its definition.</summary>
/// <param name="Criticality">Tier 1 (most critical) to 4.</param>
/// <param name="SlaPolicyId">The SLA policy for incidents on this service; the default policy when null.</param>
/// <param name="EscalationPolicyId">The escalation policy that pages people for incidents raised on this service; none when null.</param>
[GenerateSerializer, Immutable, Alias("itsm.DefineService")]
public sealed record DefineService(
    string Name,
    ServiceKind Kind,
    string? Description,
    string? Owner,
    string? SupportGroup,
    int Criticality,
    string? SlaPolicyId,
    string? EscalationPolicyId = null);
