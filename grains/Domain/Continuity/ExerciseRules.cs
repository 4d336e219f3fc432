using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Validation;

namespace ItsmOrleans.Domain.Continuity;

/// <summary>
/// The rules of exercising a plan: a window of up to two weeks; a result recorded once the exercise has started, once,
/// with a result for steps the plan has (each once), findings and follow-up actions with owners; the last successful
/// exercise is what the exercise policy looks at.
/// </summary>
public static class ExerciseRules
{
    public static readonly TimeSpan LongestWindow = TimeSpan.FromDays(14);
    public const int MaxFindings = 50;
    public const int Finding = 2_000;
    public const int MaxActions = 50;

    public static void Validate(ScheduleExercise command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        errors.Defined("kind", command.Kind);
        if (command.End <= command.Start)
        {
            errors.Add("end", "An exercise ends after it starts.");
        }
        else if (command.End - command.Start > LongestWindow)
        {
            errors.Add("end", "An exercise window is at most 14 days.");
        }

        errors.Text("notes", command.Notes, Finding, required: false);
        errors.ThrowIfAny();
    }

    public static PlanExercise Schedule(int number, ScheduleExercise command, string actor) =>
        new(number, command.Kind, command.Start, command.End, actor, string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim());

    /// <summary>The exercise with its result, once the command is checked against it and the plan's steps.</summary>
    public static PlanExercise Record(IReadOnlyList<PlanExercise> exercises, int planSteps, RecordExerciseResult command, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        ArgumentNullException.ThrowIfNull(command);
        var exercise = exercises.FirstOrDefault(e => e.Number == command.Exercise)
            ?? throw new DomainValidationException("exercise", $"There is no exercise {command.Exercise} of this plan.");
        if (exercise.Result is not null)
        {
            throw new DomainValidationException("exercise", $"Exercise {exercise.Number}'s result was recorded on {exercise.Result.RecordedAt:yyyy-MM-dd} by {exercise.Result.RecordedBy}.");
        }

        if (now < exercise.Start)
        {
            throw new DomainValidationException("exercise", $"Exercise {exercise.Number} starts {exercise.Start:yyyy-MM-dd HH:mm} UTC; its result comes after.");
        }

        var errors = new FieldErrors();
        for (var i = 0; i < command.Steps.Count; i++)
        {
            var step = command.Steps[i];
            if (step.Step < 1 || step.Step > planSteps)
            {
                errors.Add($"steps[{i}].step", $"The plan has steps 1 to {planSteps}.");
            }
            else if (command.Steps.Take(i).Any(s => s.Step == step.Step))
            {
                errors.Add($"steps[{i}].step", $"Step {step.Step} already has a result.");
            }

            if (step.Actual is { } actual && (actual < TimeSpan.Zero || actual > RecoveryObjectiveRules.Longest))
            {
                errors.Add($"steps[{i}].actual", "An actual duration is zero or more and at most 365 days.");
            }
        }

        if (command.Findings.Count > MaxFindings)
        {
            errors.Add("findings", $"At most {MaxFindings}.");
        }

        for (var i = 0; i < command.Findings.Count; i++)
        {
            errors.Text($"findings[{i}]", command.Findings[i], Finding, required: true);
        }

        if (command.Actions.Count > MaxActions)
        {
            errors.Add("actions", $"At most {MaxActions}.");
        }

        for (var i = 0; i < command.Actions.Count; i++)
        {
            errors.Text($"actions[{i}].description", command.Actions[i].Description, Finding, required: true);
            errors.Text($"actions[{i}].owner", command.Actions[i].Owner, TextLimits.Name, required: true);
        }

        errors.ThrowIfAny();
        return exercise with
        {
            Result = new ExerciseResult(now, actor, command.Succeeded, [.. command.Steps.OrderBy(s => s.Step)],
                [.. command.Findings.Select(f => f.Trim())], [.. command.Actions.Select(a => a with { Description = a.Description.Trim(), Owner = a.Owner.Trim() })]),
        };
    }

    /// <summary>The day the last successful exercise ended; null when none succeeded yet.</summary>
    public static DateOnly? LastSuccessful(IEnumerable<PlanExercise> exercises) =>
        exercises.Where(e => e.Result is { Succeeded: true })
            .Select(e => (DateOnly?)DateOnly.FromDateTime(e.End.UtcDateTime))
            .Max();
}
