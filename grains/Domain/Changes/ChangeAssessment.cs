using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Domain.Changes;

/// <summary>The derived parts of a change as of now: its risk (null when not assessed) and its schedule conflicts.</summary>
public sealed record ChangeAssessment(RiskAssessment? Risk, int? ServiceCriticality, IReadOnlyList<ChangeConflict> Conflicts);
