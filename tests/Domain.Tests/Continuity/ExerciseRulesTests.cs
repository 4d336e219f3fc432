using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Domain.Continuity;

namespace ItsmOrleans.Domain.Tests.Continuity;

public class ExerciseRulesTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 6, 9, 0, 0, TimeSpan.Zero);

    private static readonly PlanExercise Failover = ExerciseRules.Schedule(1, new ScheduleExercise(ExerciseKind.FullFailover, Start, Start.AddHours(6), " Saturday window "), "carla");

    private static RecordExerciseResult Result(bool succeeded, params StepResult[] steps) =>
        new(1, succeeded, steps, ["DNS TTL too long"], [new FollowUpAction("Shorten the DNS TTL", "dave", new DateOnly(2027, 4, 1))]);

    [Fact]
    public void An_exercise_window_ends_after_it_starts_and_lasts_at_most_two_weeks()
    {
        Assert.True(Refused(() => ExerciseRules.Validate(new ScheduleExercise(ExerciseKind.Tabletop, Start, Start))).ContainsKey("end"));
        Assert.True(Refused(() => ExerciseRules.Validate(new ScheduleExercise(ExerciseKind.Tabletop, Start, Start.AddDays(15)))).ContainsKey("end"));
        Assert.True(Refused(() => ExerciseRules.Validate(new ScheduleExercise((ExerciseKind)9, Start, Start.AddHours(1)))).ContainsKey("kind"));
        ExerciseRules.Validate(new ScheduleExercise(ExerciseKind.Walkthrough, Start, Start.AddHours(2)));
        Assert.Equal(("Saturday window", "carla"), (Failover.Notes, Failover.ScheduledBy));
    }

    [Fact]
    public void A_result_comes_once_after_the_start_with_each_of_the_plans_steps_at_most_once()
    {
        Assert.True(Refused(() => ExerciseRules.Record([Failover], 2, Result(true), "carla", Start.AddMinutes(-1))).ContainsKey("exercise"));
        Assert.True(Refused(() => ExerciseRules.Record([Failover], 2, Result(true) with { Exercise = 2 }, "carla", Start.AddHours(7))).ContainsKey("exercise"));
        var badSteps = Refused(() => ExerciseRules.Record([Failover], 2, Result(false, new StepResult(3, false), new StepResult(1, true), new StepResult(1, true, TimeSpan.FromHours(-1))), "carla", Start.AddHours(7)));
        Assert.Equal(["steps[0].step", "steps[2].actual", "steps[2].step"], badSteps.Keys.Order(StringComparer.Ordinal));

        var recorded = ExerciseRules.Record([Failover], 2, Result(true, new StepResult(2, false, TimeSpan.FromMinutes(50)), new StepResult(1, true, TimeSpan.FromMinutes(30))), "erin", Start.AddHours(7));
        Assert.Equal([1, 2], recorded.Result!.Steps.Select(s => s.Step));
        Assert.Equal("erin", recorded.Result.RecordedBy);
        Assert.True(Refused(() => ExerciseRules.Record([recorded], 2, Result(true), "carla", Start.AddHours(8))).ContainsKey("exercise"));
    }

    [Fact]
    public void The_exercise_policy_looks_at_the_last_exercise_that_succeeded()
    {
        var failed = Failover with { Result = new ExerciseResult(Start.AddHours(7), "erin", false, [], [], []) };
        var earlier = Failover with { Number = 2, Start = Start.AddYears(-1), End = Start.AddYears(-1).AddHours(2), Result = new ExerciseResult(Start.AddYears(-1), "erin", true, [], [], []) };

        Assert.Equal(DateOnly.FromDateTime(Start.AddYears(-1).UtcDateTime), ExerciseRules.LastSuccessful([failed, earlier]));
        Assert.Null(ExerciseRules.LastSuccessful([failed]));
        Assert.True(ExerciseSchedule.IsOverdue(ExerciseRules.LastSuccessful([failed, earlier]), 6, DateOnly.FromDateTime(Start.UtcDateTime)));
    }

    private static IReadOnlyDictionary<string, string[]> Refused(Action action) => Assert.Throws<DomainValidationException>(action).Errors;
}
