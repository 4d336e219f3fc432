using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Domain.Risks;

namespace ItsmOrleans.Domain.Tests.Risks;

public class RiskReviewTests
{
    private static readonly DateOnly Today = new(2027, 3, 10);

    [Theory]
    [InlineData(RiskStatus.Assessed, "2027-03-09", true)]
    [InlineData(RiskStatus.Treated, "2027-03-10", false)]
    [InlineData(RiskStatus.Accepted, "2027-03-11", false)]
    [InlineData(RiskStatus.Closed, "2027-01-01", false)]
    [InlineData(RiskStatus.Identified, null, false)]
    public void An_open_risk_is_overdue_once_its_review_day_has_passed(RiskStatus status, string? reviewBy, bool overdue)
    {
        var date = reviewBy is null ? (DateOnly?)null : DateOnly.Parse(reviewBy, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(overdue, RiskReview.IsOverdue(status, date, Today));
    }
}
