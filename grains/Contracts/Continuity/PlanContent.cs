namespace ItsmOrleans.Contracts.Continuity;

/// <summary>
/// What a continuity plan says: the scenario it covers for which services, when it is invoked and who decides, whom it
/// calls on, the recovery steps in order, the fallback arrangement, when it is reviewed and how often it is exercised.
/// </summary>
/// <param name="DecisionMakers">The people authorised to decide on invocation; the invocation records who did invoke.</param>
[GenerateSerializer, Immutable, Alias("itsm.PlanContent")]
public sealed record PlanContent(
    string Title,
    string Scenario,
    IReadOnlyList<string> ServiceIds,
    string InvocationCriteria,
    IReadOnlyList<string> DecisionMakers,
    IReadOnlyList<PlanContact> Contacts,
    IReadOnlyList<RecoveryStep> Steps,
    FallbackArrangement? Fallback,
    DateOnly? ReviewBy,
    int ExerciseEveryMonths = 12);
