using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Domain.Continuity;

namespace ItsmOrleans.Web.Apis;

/// <summary>Recovery objectives as JSON durations: { "rto": "04:00:00", "rpo": "00:15:00", "maximumTolerableDowntime": "1.00:00:00" }.</summary>
public sealed record RecoveryObjectivesRequest(string? Rto, string? Rpo, string? MaximumTolerableDowntime);

/// <summary>One step of an outage's harm as JSON: { "after": "04:00:00", "kind": "financial", "description": "…" }.</summary>
public sealed record OutageImpactRequest(string? After, string? Kind, string? Description);

/// <summary>The body of PUT /api/services/{id}/business-impact: the whole analysis, replacing the old one.</summary>
public sealed record BusinessImpactRequest(
    RecoveryObjectivesRequest? Objectives = null,
    IReadOnlyList<OutageImpactRequest?>? ImpactOverTime = null,
    IReadOnlyList<string?>? VitalBusinessFunctions = null,
    int? Version = null) : IVersionedRequest
{
    public BusinessImpact ToImpact()
    {
        var errors = new FieldErrors();
        var objectives = Objectives is null ? null : new RecoveryObjectives(
            Durations.Read(errors, "objectives.rto", Objectives.Rto),
            Durations.Read(errors, "objectives.rpo", Objectives.Rpo),
            Durations.Read(errors, "objectives.maximumTolerableDowntime", Objectives.MaximumTolerableDowntime));
        var steps = (ImpactOverTime ?? []).Select((step, i) => new OutageImpact(
            Durations.Read(errors, $"impactOverTime[{i}].after", step?.After),
            EnumText.Parse<ImpactKind>(errors, $"impactOverTime[{i}].kind", step?.Kind, required: true) ?? ImpactKind.Operational,
            step?.Description ?? "")).ToList();
        var impact = new BusinessImpact(objectives, steps, [.. (VitalBusinessFunctions ?? []).Select(f => f ?? "")]);
        RequestValidation.ThrowIfInvalid(errors, () => BusinessImpactRules.Validate(impact));
        return impact;
    }
}
