namespace ItsmOrleans.Contracts.Continuity;

/// <summary>Schedules an exercise of the plan in a window, which the change calendar shows.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ScheduleExercise")]
public sealed record ScheduleExercise(ExerciseKind Kind, DateTimeOffset Start, DateTimeOffset End, string? Notes = null);
