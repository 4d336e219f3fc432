using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Continuity;

namespace ItsmOrleans.Domain.Tests.Continuity;

public class RecoveryRulesTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(29, null)]
    [InlineData(30, SlaLevel.Info)]
    [InlineData(45, SlaLevel.Warning)]
    [InlineData(54, SlaLevel.Critical)]
    [InlineData(60, SlaLevel.Breach)]
    [InlineData(200, SlaLevel.Breach)]
    public void A_recovery_reaches_the_sla_levels_at_the_same_shares_of_its_rto(int minutes, SlaLevel? level)
    {
        Assert.Equal(level, RecoveryClock.Reached(TimeSpan.FromMinutes(minutes), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void The_warning_of_a_four_hour_rto_falls_due_three_hours_after_the_invocation()
    {
        Assert.Equal(Start.AddHours(3), RecoveryClock.DueAt(Start, TimeSpan.FromHours(4), SlaLevel.Warning));
    }

    [Fact]
    public void Objectives_are_refused_by_field_when_recovery_would_outlast_what_the_business_tolerates()
    {
        var errors = new FieldErrors();
        RecoveryObjectiveRules.Validate(errors, "objectives", new RecoveryObjectives(TimeSpan.FromHours(8), TimeSpan.FromHours(-1), TimeSpan.FromHours(4)));

        var refused = Assert.Throws<DomainValidationException>(errors.ThrowIfAny).Errors;
        Assert.Equal(["objectives.rpo", "objectives.maximumTolerableDowntime"], refused.Keys);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("2026-03-01", true)]
    [InlineData("2026-04-01", false)]
    public void A_plan_not_exercised_successfully_within_its_policy_is_overdue(string? lastSuccessful, bool overdue)
    {
        var last = lastSuccessful is null ? (DateOnly?)null : DateOnly.Parse(lastSuccessful, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(overdue, ExerciseSchedule.IsOverdue(last, 12, new DateOnly(2027, 3, 15)));
    }
}
