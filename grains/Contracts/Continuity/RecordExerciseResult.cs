using ItsmOrleans.Contracts.MajorIncidents;

namespace ItsmOrleans.Contracts.Continuity;

/// <summary>Records how an exercise went: whether it succeeded, each step's result, the findings and the follow-up actions.</summary>
[GenerateSerializer, Immutable, Alias("itsm.RecordExerciseResult")]
public sealed record RecordExerciseResult(
    int Exercise,
    bool Succeeded,
    IReadOnlyList<StepResult> Steps,
    IReadOnlyList<string> Findings,
    IReadOnlyList<FollowUpAction> Actions);
