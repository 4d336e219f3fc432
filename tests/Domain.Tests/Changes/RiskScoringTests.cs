using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Domain.Changes;

namespace ItsmOrleans.Domain.Tests.Changes;

public class RiskScoringTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly RiskAnswers Careful = new(ChangeComplexity.Low, TestedBeforehand: true, BackoutTested: true, OutageRequired: false, UserReach.None);

    [Fact]
    public void A_rehearsed_simple_change_planned_well_ahead_on_a_minor_service_is_low_risk()
    {
        var risk = RiskScoring.Assess(new RiskInputs(Careful, ServiceCriticality: 4, TimeSpan.FromDays(7), RecentFailures: 0), Now);
        Assert.Equal(RiskLevel.Low, risk.Level);
        Assert.Equal(0, risk.Score);
        Assert.Empty(risk.Factors);
    }

    [Fact]
    public void The_same_change_on_a_tier_1_service_at_short_notice_after_a_failed_change_is_moderate_and_says_why()
    {
        var risk = RiskScoring.Assess(new RiskInputs(Careful, ServiceCriticality: 1, TimeSpan.FromHours(6), RecentFailures: 1), Now);
        Assert.Equal(RiskLevel.Moderate, risk.Level);
        Assert.Equal(["criticality", "leadTime", "recentFailures"], risk.Factors.Select(f => f.Factor));
        Assert.Equal(4 + 3 + 2, risk.Score);
        Assert.Contains("tier 1", risk.Factors[0].Reason);
    }

    [Fact]
    public void An_untested_complex_outage_for_all_users_is_high_risk_whatever_the_service()
    {
        var reckless = new RiskAnswers(ChangeComplexity.High, TestedBeforehand: false, BackoutTested: false, OutageRequired: true, UserReach.All);
        Assert.Equal(RiskLevel.High, RiskScoring.Assess(new RiskInputs(reckless, null, null, 0), Now).Level);
    }

    [Theory]
    [InlineData(0, RiskLevel.Low)]
    [InlineData(RiskScoring.ModerateFrom - 1, RiskLevel.Low)]
    [InlineData(RiskScoring.ModerateFrom, RiskLevel.Moderate)]
    [InlineData(RiskScoring.HighFrom - 1, RiskLevel.Moderate)]
    [InlineData(RiskScoring.HighFrom, RiskLevel.High)]
    public void Levels_change_exactly_at_their_thresholds(int score, RiskLevel level) =>
        Assert.Equal(level, RiskScoring.LevelOf(score));

    [Fact]
    public void Lead_time_counts_less_as_notice_grows()
    {
        int Points(TimeSpan lead) => RiskScoring.Assess(new RiskInputs(Careful, null, lead, 0), Now).Score;
        Assert.Equal(3, Points(TimeSpan.FromHours(23)));
        Assert.Equal(1, Points(TimeSpan.FromHours(24)));
        Assert.Equal(1, Points(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1)));
        Assert.Equal(0, Points(TimeSpan.FromDays(3)));
    }

    [Fact]
    public void Repeated_recent_failures_weigh_more_than_one()
    {
        int Points(int failures) => RiskScoring.Assess(new RiskInputs(Careful, null, null, failures), Now).Score;
        Assert.True(Points(2) > Points(1));
        Assert.Equal(Points(2), Points(5));
    }
}
