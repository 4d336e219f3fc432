using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.ServiceRequests;
using static ItsmOrleans.Contracts.ServiceRequests.ServiceRequestStatus;

namespace ItsmOrleans.Domain.Tests.ServiceRequests;

public class ServiceRequestRulesTests
{
    private static readonly CatalogItem Laptop = new(
        "new-laptop", "New laptop", "", "Hardware",
        [
            new FormField("model", "Model", FieldType.Choice, true, ["standard", "developer"]),
            new FormField("quantity", "How many", FieldType.Number, true, []),
            new FormField("needed-by", "Needed by", FieldType.Date, false, []),
            new FormField("rush", "Rush?", FieldType.YesNo, false, []),
        ],
        new ApprovalRule(ApprovalKind.NOfM, ["ann", "bob", "cid"], 2),
        ["Order the laptop", "Image it", "Hand it over"],
        "desktop");

    [Fact]
    public void Answers_are_checked_against_the_form()
    {
        ServiceRequestRules.Validate(Laptop, new Dictionary<string, string> { ["model"] = "developer", ["quantity"] = "2", ["needed-by"] = "2026-12-01", ["rush"] = "no" });
        var refused = Assert.Throws<DomainValidationException>(() => ServiceRequestRules.Validate(Laptop,
            new Dictionary<string, string> { ["model"] = "gaming", ["needed-by"] = "soon", ["rush"] = "maybe", ["colour"] = "red" }));
        Assert.Equal(["answers.colour", "answers.model", "answers.needed-by", "answers.quantity", "answers.rush"], refused.Errors.Keys.Order());
    }

    [Fact]
    public void Each_approval_rule_names_its_approvers_and_quorum()
    {
        Assert.Equal(0, ServiceRequestRules.ApproversFor(ApprovalRule.NoApproval, null).Required);
        var manager = ServiceRequestRules.ApproversFor(new ApprovalRule(ApprovalKind.Manager, []), "mona");
        Assert.Equal(["mona"], manager.Approvers);
        Assert.Equal(1, manager.Required);
        var unmanaged = ServiceRequestRules.ApproversFor(new ApprovalRule(ApprovalKind.Manager, []), null);
        Assert.Empty(unmanaged.Approvers);
        Assert.Equal(1, unmanaged.Required);
        Assert.Equal(2, ServiceRequestRules.ApproversFor(new ApprovalRule(ApprovalKind.Named, ["ann", "bob"]), "mona").Required);
        Assert.Equal(2, ServiceRequestRules.ApproversFor(Laptop.Approval, null).Required);
    }

    [Fact]
    public void A_request_is_approved_at_its_quorum_and_rejected_at_the_first_no()
    {
        var decisions = new List<ApprovalDecision> { new("ann", true, null, DateTimeOffset.UnixEpoch) };
        Assert.Null(ServiceRequestRules.Outcome(decisions, 2));
        decisions.Add(new("bob", true, null, DateTimeOffset.UnixEpoch));
        Assert.True(ServiceRequestRules.Outcome(decisions, 2));
        decisions.Add(new("cid", false, "no budget", DateTimeOffset.UnixEpoch));
        Assert.False(ServiceRequestRules.Outcome(decisions, 2));
    }

    [Fact]
    public void A_catalogue_item_needs_tasks_approvers_for_its_rule_and_choices_for_choice_fields()
    {
        var refused = Assert.Throws<DomainValidationException>(() => ServiceRequestRules.Validate(Laptop with
        {
            Fields = [new FormField("model", "Model", FieldType.Choice, true, [])],
            Approval = new ApprovalRule(ApprovalKind.NOfM, ["ann"], 3),
            Tasks = [],
        }));
        Assert.Equal(["approval.required", "fields[0].choices", "tasks"], refused.Errors.Keys.Order());
    }

    private static readonly (ServiceRequestStatus From, ServiceRequestStatus To)[] ByHand =
        [(Fulfilled, Closed), (Fulfilled, InFulfilment), (WaitingForApproval, Cancelled), (InFulfilment, Cancelled)];

    public static TheoryData<ServiceRequestStatus, ServiceRequestStatus> EveryPair()
    {
        var data = new TheoryData<ServiceRequestStatus, ServiceRequestStatus>();
        foreach (var from in Enum.GetValues<ServiceRequestStatus>())
        {
            foreach (var to in Enum.GetValues<ServiceRequestStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void People_move_a_request_by_hand_only_where_the_workflow_allows(ServiceRequestStatus from, ServiceRequestStatus to)
    {
        if (ByHand.Contains((from, to)))
        {
            ServiceRequestWorkflow.Table.EnsureAllowed(from, to, "because");
        }
        else
        {
            Assert.Throws<InvalidTransitionException>(() => ServiceRequestWorkflow.Table.EnsureAllowed(from, to, "because"));
        }
    }

    [Theory]
    [InlineData(Fulfilled, InFulfilment)]
    [InlineData(WaitingForApproval, Cancelled)]
    [InlineData(InFulfilment, Cancelled)]
    public void Reopening_and_cancelling_need_a_reason(ServiceRequestStatus from, ServiceRequestStatus to)
    {
        var refused = Assert.Throws<DomainValidationException>(() => ServiceRequestWorkflow.Table.EnsureAllowed(from, to, " "));
        Assert.Equal(["notes"], refused.Errors.Keys);
    }

    [Theory]
    [InlineData(WaitingForApproval, false, SlaClockState.Paused, SlaClockState.Paused)]
    [InlineData(InFulfilment, false, SlaClockState.Running, SlaClockState.Running)]
    [InlineData(InFulfilment, true, SlaClockState.Stopped, SlaClockState.Running)]
    [InlineData(Fulfilled, true, SlaClockState.Stopped, SlaClockState.Stopped)]
    [InlineData(Rejected, false, SlaClockState.Stopped, SlaClockState.Stopped)]
    public void Both_clocks_wait_for_approvers_response_stops_at_the_first_task_action_fulfilment_at_fulfilled(
        ServiceRequestStatus status, bool responded, SlaClockState response, SlaClockState fulfilment)
    {
        Assert.Equal(response, ServiceRequestSlaPlan.Desired(SlaClockKind.Response, status, responded));
        Assert.Equal(fulfilment, ServiceRequestSlaPlan.Desired(SlaClockKind.Resolution, status, responded));
    }
}
