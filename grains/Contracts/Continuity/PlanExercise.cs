using ItsmOrleans.Contracts.MajorIncidents;

namespace ItsmOrleans.Contracts.Continuity;

/// <summary>One exercise of a plan: scheduled in a window, then its result once it took place.</summary>
[GenerateSerializer, Immutable, Alias("itsm.PlanExercise")]
public sealed record PlanExercise(
    int Number,
    ExerciseKind Kind,
    DateTimeOffset Start,
    DateTimeOffset End,
    string ScheduledBy,
    string? Notes,
    ExerciseResult? Result = null);

/// <summary>How an exercise went, as recorded after it.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ExerciseResult")]
public sealed record ExerciseResult(
    DateTimeOffset RecordedAt,
    string RecordedBy,
    bool Succeeded,
    IReadOnlyList<StepResult> Steps,
    IReadOnlyList<string> Findings,
    IReadOnlyList<FollowUpAction> Actions);
