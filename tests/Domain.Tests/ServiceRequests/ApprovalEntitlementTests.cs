using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Grains.ServiceRequests;

namespace ItsmOrleans.Domain.Tests.ServiceRequests;

public class ApprovalEntitlementTests
{
    private static ServiceRequestState Request(ApprovalRule rule, string requestedBy = "rita", string requestedFor = "rita", string[]? approvers = null) => new()
    {
        Created = true,
        Item = new CatalogItem("vpn", "VPN access", "", "Access", [], rule, ["Create the account"], "network"),
        RequestedBy = requestedBy,
        RequestedFor = requestedFor,
        Approvers = [.. approvers ?? []],
        RequiredApprovals = 1,
        Status = ServiceRequestStatus.WaitingForApproval,
    };

    private static readonly ApprovalRule ManagerRule = new(ApprovalKind.Manager, []);

    private static Caller Person(string name, params Role[] roles) => new(name, roles.Length == 0 ? [Role.Requester] : roles, []);

    [Fact]
    public void The_manager_named_at_submission_decides_a_manager_step_while_still_recorded_on_the_requester_s_account()
    {
        var request = Request(ManagerRule, approvers: ["mona"]);

        Assert.True(ApprovalEntitlement.MayDecide(Person("Mona"), request, recordedManager: "mona"));
        Assert.False(ApprovalEntitlement.MayDecide(Person("mona"), request, recordedManager: "max"));
        Assert.False(ApprovalEntitlement.MayDecide(Person("max"), request, recordedManager: "max"));
        Assert.False(ApprovalEntitlement.MayDecide(Person("mona"), request, recordedManager: null));
    }

    [Fact]
    public void A_name_typed_on_a_request_from_before_managers_were_recorded_does_not_decide_it()
    {
        var request = Request(ManagerRule, approvers: ["typed-by-rita"]);

        Assert.False(ApprovalEntitlement.MayDecide(Person("typed-by-rita"), request, recordedManager: null));
        Assert.False(ApprovalEntitlement.MayDecide(Person("typed-by-rita"), request, recordedManager: "mona"));
    }

    [Theory]
    [InlineData(Role.ChangeManager, true)]
    [InlineData(Role.Admin, true)]
    [InlineData(Role.Agent, false)]
    [InlineData(Role.Noc, false)]
    [InlineData(Role.Requester, false)]
    public void The_approving_roles_decide_any_manager_step(Role role, bool decides)
    {
        Assert.Equal(decides, ApprovalEntitlement.MayDecide(Person("carl", role), Request(ManagerRule), recordedManager: "mona"));
        Assert.Equal(decides, ApprovalEntitlement.MayDecide(Person("carl", role), Request(ManagerRule), recordedManager: null));
    }

    [Fact]
    public void Only_the_listed_approvers_decide_a_named_item_whatever_their_role()
    {
        var request = Request(new ApprovalRule(ApprovalKind.Named, ["ann"]), approvers: ["ann"]);

        Assert.True(ApprovalEntitlement.MayDecide(Person("ann"), request, recordedManager: null));
        Assert.False(ApprovalEntitlement.MayDecide(Person("carl", Role.ChangeManager), request, recordedManager: null));
        Assert.False(ApprovalEntitlement.MayDecide(Person("mona"), request, recordedManager: "mona"));
    }

    [Fact]
    public void Nobody_decides_a_request_they_raised_or_that_is_for_them()
    {
        var forRita = Request(ManagerRule, requestedBy: "dave", requestedFor: "rita");

        Assert.False(ApprovalEntitlement.MayDecide(Person("rita", Role.Admin), forRita, recordedManager: "mona"));
        Assert.False(ApprovalEntitlement.MayDecide(Person("DAVE", Role.ChangeManager), forRita, recordedManager: "dave"));
        Assert.False(ApprovalEntitlement.MayDecide(Person("ann"), Request(new ApprovalRule(ApprovalKind.Named, ["ann"]), "ann", "ann", ["ann"]), recordedManager: null));
    }

    [Fact]
    public void A_manager_who_raised_the_request_for_their_report_is_not_named_its_approver()
    {
        Assert.Equal("mona", ApprovalEntitlement.ManagerApprover("mona", Request(ManagerRule, requestedBy: "dave")));
        Assert.Null(ApprovalEntitlement.ManagerApprover("dave", Request(ManagerRule, requestedBy: "dave")));
        Assert.Null(ApprovalEntitlement.ManagerApprover(null, Request(ManagerRule)));
    }
}
