using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Domain.Risks;
using static ItsmOrleans.Contracts.Risks.RiskStatus;

namespace ItsmOrleans.Domain.Tests.Risks;

public class RiskWorkflowTests
{
    private static readonly (RiskStatus From, RiskStatus To)[] Allowed =
    [
        (Identified, Assessed), (Identified, Closed), (Assessed, Treated), (Assessed, Accepted), (Assessed, Closed),
        (Treated, Accepted), (Treated, Assessed), (Treated, Closed), (Accepted, Assessed), (Accepted, Closed), (Closed, Identified),
    ];

    private static readonly DateOnly NextYear = new(2027, 12, 1);

    public static TheoryData<RiskStatus, RiskStatus> EveryPair()
    {
        var data = new TheoryData<RiskStatus, RiskStatus>();
        foreach (var from in Enum.GetValues<RiskStatus>())
        {
            foreach (var to in Enum.GetValues<RiskStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    private static RiskTransitionRequest Request(RiskStatus to, RiskTreatment? treatment = RiskTreatment.Mitigate, string? notes = "because",
        RiskRating? inherent = null, RiskRating? residual = null, int controls = 1, DateOnly? reviewBy = null) =>
        new(new MoveRisk(to, notes), inherent ?? new RiskRating(4, 4), residual ?? new RiskRating(2, 3), treatment, controls, reviewBy ?? NextYear);

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void The_lifecycle_allows_exactly_its_documented_moves(RiskStatus from, RiskStatus to)
    {
        var request = Request(to, to == Accepted && from == Assessed ? RiskTreatment.Accept : RiskTreatment.Mitigate);
        if (Allowed.Contains((from, to)))
        {
            RiskWorkflow.Table.EnsureAllowed(from, to, request);
        }
        else
        {
            Assert.Throws<InvalidTransitionException>(() => RiskWorkflow.Table.EnsureAllowed(from, to, request));
        }
    }

    [Fact]
    public void Assessing_needs_a_score_and_a_review_date()
    {
        var unscored = new RiskTransitionRequest(new MoveRisk(Assessed), null, null, null, 0, NextYear);
        var undated = new RiskTransitionRequest(new MoveRisk(Assessed), new RiskRating(3, 3), null, null, 0, null);

        Assert.Equal("inherent", Assert.Single(Assert.Throws<DomainValidationException>(() => RiskWorkflow.Table.EnsureAllowed(Identified, Assessed, unscored)).Errors).Key);
        Assert.Equal("reviewBy", Assert.Single(Assert.Throws<DomainValidationException>(() => RiskWorkflow.Table.EnsureAllowed(Identified, Assessed, undated)).Errors).Key);
    }

    [Theory]
    [InlineData(null, 1, true, "treatment")]
    [InlineData(RiskTreatment.Accept, 1, true, "treatment")]
    [InlineData(RiskTreatment.Transfer, 0, true, "controls")]
    [InlineData(RiskTreatment.Mitigate, 2, false, "residual")]
    public void Treating_needs_a_treatment_other_than_acceptance_its_controls_and_the_residual_score(RiskTreatment? treatment, int controls, bool residualScored, string field)
    {
        var request = new RiskTransitionRequest(new MoveRisk(Treated), new RiskRating(4, 4), residualScored ? new RiskRating(2, 2) : null, treatment, controls, NextYear);

        var refused = Assert.Throws<DomainValidationException>(() => RiskWorkflow.Table.EnsureAllowed(Assessed, Treated, request));

        Assert.Equal(field, Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Accepting_an_assessed_risk_needs_the_accept_treatment_and_a_reason()
    {
        Assert.Equal("treatment", Assert.Single(Assert.Throws<DomainValidationException>(() =>
            RiskWorkflow.Table.EnsureAllowed(Assessed, Accepted, Request(Accepted, RiskTreatment.Mitigate))).Errors).Key);
        Assert.Equal("notes", Assert.Single(Assert.Throws<DomainValidationException>(() =>
            RiskWorkflow.Table.EnsureAllowed(Assessed, Accepted, Request(Accepted, RiskTreatment.Accept, notes: " "))).Errors).Key);
    }

    [Fact]
    public void Only_a_closed_risk_is_not_open()
    {
        Assert.Equal([Closed], Enum.GetValues<RiskStatus>().Where(s => !RiskWorkflow.IsOpen(s)));
    }
}
