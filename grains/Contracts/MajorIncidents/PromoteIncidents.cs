
namespace ItsmOrleans.Contracts.MajorIncidents;

/// <summary>Promotes a P1 incident (with related incidents as children) to a major incident.</summary>
/// <param name="PrimaryIncidentId">The incident that is the heart of it; it must be P1 unless <paramref name="OverrideReason"/> says why not.</param>
/// <param name="UpdateCadence">How often stakeholders hear news; the configured default when null.</param>
[GenerateSerializer, Immutable, Alias("itsm.PromoteIncidents")]
public sealed record PromoteIncidents(
    string Title,
    Guid PrimaryIncidentId,
    IReadOnlyList<Guid> RelatedIncidentIds,
    string Commander,
    TimeSpan? UpdateCadence = null,
    string? OverrideReason = null);
