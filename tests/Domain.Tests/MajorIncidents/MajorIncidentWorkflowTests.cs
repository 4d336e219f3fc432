using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Domain.MajorIncidents;
using static ItsmOrleans.Contracts.MajorIncidents.MajorIncidentStatus;

namespace ItsmOrleans.Domain.Tests.MajorIncidents;

public class MajorIncidentWorkflowTests
{
    private static readonly (MajorIncidentStatus From, MajorIncidentStatus To)[] Allowed =
        [(Active, Resolved), (Active, Cancelled), (Resolved, Active), (Resolved, Review), (Review, Closed)];

    private static readonly PostIncidentReview Reviewed = new("DNS outage", "Expired zone signing key", "All web traffic for 40 min", "Fast failover", "Key expiry alerts", [], TimelineConfirmed: true);

    public static TheoryData<MajorIncidentStatus, MajorIncidentStatus> EveryPair()
    {
        var data = new TheoryData<MajorIncidentStatus, MajorIncidentStatus>();
        foreach (var from in Enum.GetValues<MajorIncidentStatus>())
        {
            foreach (var to in Enum.GetValues<MajorIncidentStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void The_lifecycle_allows_exactly_its_documented_moves(MajorIncidentStatus from, MajorIncidentStatus to)
    {
        var request = new MajorIncidentTransitionRequest(new MoveMajorIncident(to, "because"), Reviewed);
        if (Allowed.Contains((from, to)))
        {
            MajorIncidentWorkflow.Table.EnsureAllowed(from, to, request);
        }
        else
        {
            Assert.Throws<InvalidTransitionException>(() => MajorIncidentWorkflow.Table.EnsureAllowed(from, to, request));
        }
    }

    [Fact]
    public void Resolving_reopening_and_cancelling_need_a_note()
    {
        foreach (var (from, to) in new[] { (Active, Resolved), (Resolved, Active), (Active, Cancelled) })
        {
            var refused = Assert.Throws<DomainValidationException>(() =>
                MajorIncidentWorkflow.Table.EnsureAllowed(from, to, new MajorIncidentTransitionRequest(new MoveMajorIncident(to), null)));
            Assert.Contains("note", refused.Errors.Keys);
        }
    }

    [Fact]
    public void Closing_needs_a_post_incident_review_with_the_timeline_confirmed()
    {
        Assert.Contains("review", Assert.Throws<DomainValidationException>(() =>
            MajorIncidentWorkflow.Table.EnsureAllowed(Review, Closed, new MajorIncidentTransitionRequest(new MoveMajorIncident(Closed), null))).Errors.Keys);
        Assert.Contains("review.timelineConfirmed", Assert.Throws<DomainValidationException>(() =>
            MajorIncidentWorkflow.Table.EnsureAllowed(Review, Closed,
                new MajorIncidentTransitionRequest(new MoveMajorIncident(Closed), Reviewed with { TimelineConfirmed = false }))).Errors.Keys);
    }
}
