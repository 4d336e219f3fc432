using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Domain.Changes;

/// <summary>
/// Scores a change's risk from the questionnaire and from automatic factors (service criticality, lead time, recent
/// failed changes on the service). Each factor says how many points it added and why; the total gives the level.
/// </summary>
public static class RiskScoring
{
    public const int ModerateFrom = 5;
    public const int HighFrom = 10;

    public static readonly TimeSpan ShortNotice = TimeSpan.FromHours(24);
    public static readonly TimeSpan UsualNotice = TimeSpan.FromDays(3);

    public static RiskAssessment Assess(RiskInputs inputs, DateTimeOffset at)
    {
        var factors = new List<RiskFactor>();
        var answers = inputs.Answers;
        Add(factors, "complexity", answers.Complexity switch
        {
            ChangeComplexity.High => 4,
            ChangeComplexity.Medium => 2,
            _ => 0,
        }, $"{answers.Complexity} complexity");
        Add(factors, "testing", answers.TestedBeforehand ? 0 : 3, "not rehearsed outside production");
        Add(factors, "backout", answers.BackoutTested ? 0 : 2, "backout plan not rehearsed");
        Add(factors, "outage", answers.OutageRequired ? 3 : 0, "the service is down during the change");
        Add(factors, "users", answers.UsersAffected switch
        {
            UserReach.All => 4,
            UserReach.Many => 3,
            UserReach.Some => 1,
            _ => 0,
        }, $"{answers.UsersAffected} users affected if it goes wrong");
        if (inputs.ServiceCriticality is { } tier)
        {
            Add(factors, "criticality", tier switch { 1 => 4, 2 => 2, 3 => 1, _ => 0 }, $"the service is tier {tier}");
        }

        if (inputs.LeadTime is { } lead)
        {
            Add(factors, "leadTime", lead < ShortNotice ? 3 : lead < UsualNotice ? 1 : 0, $"planned {Describe(lead)} ahead");
        }

        Add(factors, "recentFailures", inputs.RecentFailures switch { 0 => 0, 1 => 2, _ => 4 },
            $"{inputs.RecentFailures} recent failed change(s) on the service");

        var score = factors.Sum(f => f.Points);
        return new RiskAssessment(LevelOf(score), score, factors, at);
    }

    public static RiskLevel LevelOf(int score) =>
        score >= HighFrom ? RiskLevel.High : score >= ModerateFrom ? RiskLevel.Moderate : RiskLevel.Low;

    private static void Add(List<RiskFactor> factors, string factor, int points, string reason)
    {
        if (points > 0)
        {
            factors.Add(new RiskFactor(factor, points, reason));
        }
    }

    private static string Describe(TimeSpan lead) =>
        lead <= TimeSpan.Zero ? "after its start"
        : lead < TimeSpan.FromHours(1) ? "less than an hour"
        : lead < TimeSpan.FromDays(2) ? $"{(int)lead.TotalHours} h"
        : $"{(int)lead.TotalDays} days";
}
