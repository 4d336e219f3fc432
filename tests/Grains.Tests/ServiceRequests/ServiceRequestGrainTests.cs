using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Slas;
using SlaOptions = ItsmOrleans.Domain.Slas.SlaOptions;

namespace ItsmOrleans.Grains.Tests.ServiceRequests;

[Collection(ClusterTests.Name)]
public class ServiceRequestGrainTests(ClusterFixture fixture)
{
    private static readonly CommandContext Admin = new(Callers.Admin("admin"));
    private static readonly CommandContext Rita = new(Callers.Requester("rita"));
    private static readonly CommandContext Desk = new(Callers.Agent("dave", "desktop"));

    private async Task<CatalogItem> Item(ApprovalRule approval)
    {
        var item = new CatalogItem($"vpn-{Guid.NewGuid():N}"[..12], "VPN access", "", "Access",
            [new FormField("reason", "Why", FieldType.Text, true, [])], approval, ["Create the account", "Send the token"], "network");
        return await fixture.Client.GetGrain<IRequestCatalogGrain>(0).Define(Admin, item);
    }

    [Fact]
    public async Task Two_of_three_approvers_open_fulfilment_and_the_last_task_fulfils_the_request_with_its_clocks_following()
    {
        var item = await Item(new ApprovalRule(ApprovalKind.NOfM, ["ann", "bob", "cid"], 2));
        var request = fixture.Client.GetGrain<IServiceRequestGrain>(Guid.NewGuid());
        var view = await request.Submit(Rita, new SubmitRequest(item.Id, new Dictionary<string, string> { ["reason"] = "Working from home" }));
        Assert.StartsWith("REQ", view.Number, StringComparison.Ordinal);
        Assert.Equal(ServiceRequestStatus.WaitingForApproval, view.Status);
        Assert.Equal(SlaClockState.Paused, view.Response!.State);
        Assert.Equal(SlaOptions.BusinessHoursCalendarId, view.Fulfilment!.Calendar);

        await Assert.ThrowsAsync<NotFoundException>(() => request.Decide(new CommandContext(Callers.Requester("zed")), true, null));
        await Assert.ThrowsAsync<ForbiddenException>(() => request.Decide(new CommandContext(Callers.Agent("not-an-approver")), true, null));
        await request.Decide(new CommandContext(Callers.Requester("ann")), true, null);
        view = await request.Decide(new CommandContext(Callers.Agent("bob")), true, "ok");

        Assert.Equal(ServiceRequestStatus.InFulfilment, view.Status);
        Assert.Equal(["Create the account", "Send the token"], view.Tasks.Select(t => t.Title));
        Assert.Equal(SlaClockState.Running, view.Fulfilment!.State);

        view = await request.AssignTask(Desk, 1, "dave");
        Assert.Equal(SlaClockState.Stopped, view.Response!.State);
        await request.CompleteTask(Desk, 1, null);
        view = await request.CompleteTask(Desk, 2, "Token posted");

        Assert.Equal(ServiceRequestStatus.Fulfilled, view.Status);
        Assert.Equal(SlaClockState.Stopped, view.Fulfilment!.State);
        view = await request.Move(Desk, ServiceRequestStatus.Closed, null);
        Assert.Contains(view.History, h => h.Kind == "fulfilled");
        Assert.Contains(view.History, h => h.Kind == "approved");
    }

    [Fact]
    public async Task A_manager_step_waits_for_the_manager_recorded_on_the_requester_s_account_whose_rejection_ends_it()
    {
        var mona = await Account("mona");
        var rita = await Account("rita", manager: mona);
        var managed = await Item(new ApprovalRule(ApprovalKind.Manager, []));
        var request = fixture.Client.GetGrain<IServiceRequestGrain>(Guid.NewGuid());
        var view = await request.Submit(As(rita), new SubmitRequest(managed.Id, new Dictionary<string, string> { ["reason"] = "Travel" }));
        Assert.Equal([mona], view.Approvers);
        Assert.Equal([Role.ChangeManager, Role.Admin], view.ApprovingRoles);

        await Assert.ThrowsAsync<NotFoundException>(() => request.Decide(new CommandContext(Callers.Requester("another-requester")), true, null));
        await Assert.ThrowsAsync<ForbiddenException>(() => request.Decide(Desk, true, null));
        await Assert.ThrowsAsync<DomainValidationException>(() => request.Decide(As(mona), false, null));
        var rejected = await request.Decide(As(mona), false, "Not needed for this role");
        Assert.Equal(ServiceRequestStatus.Rejected, rejected.Status);
        Assert.Equal(SlaClockState.Stopped, rejected.Fulfilment!.State);

        var open = await Item(ApprovalRule.NoApproval);
        var direct = await fixture.Client.GetGrain<IServiceRequestGrain>(Guid.NewGuid())
            .Submit(Rita, new SubmitRequest(open.Id, new Dictionary<string, string> { ["reason"] = "New starter" }));
        Assert.Equal(ServiceRequestStatus.InFulfilment, direct.Status);
    }

    [Fact]
    public async Task Without_a_recorded_manager_a_change_manager_decides_the_manager_step()
    {
        var rita = await Account("rita");
        var managed = await Item(new ApprovalRule(ApprovalKind.Manager, []));
        var request = fixture.Client.GetGrain<IServiceRequestGrain>(Guid.NewGuid());
        var view = await request.Submit(As(rita), new SubmitRequest(managed.Id, new Dictionary<string, string> { ["reason"] = "Travel" }));
        Assert.Empty(view.Approvers);
        Assert.Contains(view.History, h => h.Kind == "waitingForApproval" && h.Text.Contains("no recorded manager", StringComparison.Ordinal));

        await Assert.ThrowsAsync<ForbiddenException>(() => request.Decide(As(rita), true, null));
        view = await request.Decide(new CommandContext(Callers.ChangeManager("carl")), true, null);

        Assert.Equal(ServiceRequestStatus.InFulfilment, view.Status);
    }

    [Fact]
    public async Task A_manager_replaced_while_a_request_waits_no_longer_decides_it_and_a_change_manager_does()
    {
        var (mona, max) = (await Account("mona"), await Account("max"));
        var rita = await Account("rita", manager: mona);
        var managed = await Item(new ApprovalRule(ApprovalKind.Manager, []));
        var request = fixture.Client.GetGrain<IServiceRequestGrain>(Guid.NewGuid());
        await request.Submit(As(rita), new SubmitRequest(managed.Id, new Dictionary<string, string> { ["reason"] = "Travel" }));

        await fixture.Client.GetGrain<IUserAccountGrain>(UserAccountKey.Of(rita)).Update(new UpdateUserAccount(null, null, null, null, "admin", Manager: max));

        await Assert.ThrowsAsync<ForbiddenException>(() => request.Decide(As(mona), true, null));
        await Assert.ThrowsAsync<NotFoundException>(() => request.Decide(As(max), true, null));
        Assert.Equal(ServiceRequestStatus.InFulfilment, (await request.Decide(new CommandContext(Callers.ChangeManager("carl")), true, null)).Status);
    }

    [Fact]
    public async Task Nobody_approves_a_request_they_raised_even_as_its_recorded_manager_or_an_admin()
    {
        var dave = await Account("dave");
        var rita = await Account("rita", manager: dave);
        var managed = await Item(new ApprovalRule(ApprovalKind.Manager, []));
        var forRita = fixture.Client.GetGrain<IServiceRequestGrain>(Guid.NewGuid());
        var view = await forRita.Submit(new CommandContext(Callers.Admin(dave)), new SubmitRequest(managed.Id, new Dictionary<string, string> { ["reason"] = "Travel" }, RequestedFor: rita));
        Assert.Empty(view.Approvers);

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => forRita.Decide(new CommandContext(Callers.Admin(dave)), true, null));
        Assert.Contains("own request", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ForbiddenException>(() => forRita.Decide(new CommandContext(Callers.Admin(rita)), true, null));
        Assert.Equal(ServiceRequestStatus.InFulfilment, (await forRita.Decide(Admin, true, null)).Status);
    }

    /// <summary>A local account, as an admin would create it, with the manager they record.</summary>
    private async Task<string> Account(string prefix, string? manager = null)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..16];
        await fixture.Client.GetGrain<IUserAccountGrain>(UserAccountKey.Of(name))
            .Create(new NewUserAccount(name, "", [Role.Requester], [], "not-a-real-hash", "admin", manager));
        return name;
    }

    private static CommandContext As(string requester) => new(Callers.Requester(requester));

    [Fact]
    public async Task A_requester_sees_their_own_request_only()
    {
        var item = await Item(ApprovalRule.NoApproval);
        var request = fixture.Client.GetGrain<IServiceRequestGrain>(Guid.NewGuid());
        await request.Submit(Rita, new SubmitRequest(item.Id, new Dictionary<string, string> { ["reason"] = "x" }));
        await request.Get(Callers.Requester("rita"));
        await Assert.ThrowsAsync<NotFoundException>(() => request.Get(Callers.Requester("someone-else")));
    }

    [Fact]
    public async Task A_request_reaches_the_web_hosts_with_who_asked_and_for_whom_at_each_change()
    {
        var host = await fixture.ConnectBoardHost();
        var item = await Item(ApprovalRule.NoApproval);
        var request = fixture.Client.GetGrain<IServiceRequestGrain>(Guid.NewGuid());
        await request.Submit(Desk, new SubmitRequest(item.Id, new Dictionary<string, string> { ["reason"] = "New starter" }, RequestedFor: "rita"));
        var submitted = await host.WaitForServiceRequest(r => r.Id == request.GetPrimaryKey(), TimeSpan.FromSeconds(10));
        Assert.Equal(("dave", "rita"), (submitted.RequestedBy, submitted.RequestedFor));

        await request.CompleteTask(Desk, 1, null);

        await host.WaitForServiceRequest(r => r.Id == request.GetPrimaryKey() && r.Revision > submitted.Revision, TimeSpan.FromSeconds(10));
    }
}
