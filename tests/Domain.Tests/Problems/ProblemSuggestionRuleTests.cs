using ItsmOrleans.Grains.Services;

namespace ItsmOrleans.Domain.Tests.Problems;

public class ProblemSuggestionRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    private static List<RecentIncident> MinutesAgo(params int[] minutes) =>
        [.. minutes.Select((m, i) => new RecentIncident(Guid.NewGuid(), $"INC{i:D7}", Now.AddMinutes(-m)))];

    [Fact]
    public void Five_incidents_within_thirty_minutes_suggest_a_problem_and_four_do_not()
    {
        Assert.Equal(5, ProblemSuggestionRule.Burst(MinutesAgo(29, 20, 10, 5, 0), Now, 5, Window, null)!.Count);
        Assert.Null(ProblemSuggestionRule.Burst(MinutesAgo(29, 20, 10, 5), Now, 5, Window, null));
    }

    [Fact]
    public void An_incident_exactly_a_window_ago_has_left_the_window()
    {
        Assert.Null(ProblemSuggestionRule.Burst(MinutesAgo(30, 20, 10, 5, 0), Now, 5, Window, null));
    }

    [Fact]
    public void Incidents_from_before_a_dismissal_do_not_count_again()
    {
        var recent = MinutesAgo(25, 20, 15, 10, 5, 1);
        Assert.Null(ProblemSuggestionRule.Burst(recent, Now, 5, Window, notBefore: Now.AddMinutes(-12)));
        Assert.Equal(6, ProblemSuggestionRule.Burst(recent, Now, 5, Window, notBefore: Now.AddMinutes(-26))!.Count);
    }

    [Fact]
    public void The_burst_lists_its_incidents_oldest_first()
    {
        var burst = ProblemSuggestionRule.Burst(MinutesAgo(1, 9, 3, 7, 5), Now, 5, Window, null)!;
        Assert.Equal(burst.OrderBy(i => i.CreatedAt), burst);
    }
}
