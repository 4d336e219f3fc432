using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.ServiceRequests;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>
/// Who may decide a service request. The approvers of a named or N-of-M item are the ones the admins listed in the
/// catalogue. The manager step belongs to the manager an administrator recorded on the account of the person the
/// request is for: submission names them, and they decide while they are still that person's recorded manager. The
/// approving roles may decide any manager step, and alone decide it when no manager is named. Nobody decides a request
/// they raised or that is for them.
/// </summary>
public static class ApprovalEntitlement
{
    /// <summary>The roles that may decide any manager step: those who authorise changes.</summary>
    public static IReadOnlyList<Role> ApprovingRoles { get; } = [Role.ChangeManager, Role.Admin];

    public static bool HoldsApprovingRole(Caller caller) => ApprovingRoles.Any(caller.Is);

    public static bool IsRequesting(string name, ServiceRequestState state) =>
        ServiceRequestAccess.Same(name, state.RequestedBy) || ServiceRequestAccess.Same(name, state.RequestedFor);

    /// <summary>The approver the manager step names: the recorded manager, unless they raised the request themselves.</summary>
    public static string? ManagerApprover(string? recordedManager, ServiceRequestState state) =>
        recordedManager is null || IsRequesting(recordedManager, state) ? null : recordedManager;

    /// <summary>The roles that may decide besides the named approvers.</summary>
    public static IReadOnlyList<Role> RolesDeciding(ApprovalKind kind) => kind == ApprovalKind.Manager ? ApprovingRoles : [];

    /// <param name="recordedManager">The manager recorded now on the account of the person the request is for.</param>
    public static bool MayDecide(Caller caller, ServiceRequestState state, string? recordedManager)
    {
        var named = state.Approvers.Exists(a => ServiceRequestAccess.Same(a, caller.Name));
        return !IsRequesting(caller.Name, state) && (state.Item?.Approval.Kind == ApprovalKind.Manager
            // Still recorded: a manager an admin replaced (or a name typed on a request from before managers were recorded) no longer decides.
            ? (named && ServiceRequestAccess.Same(caller.Name, recordedManager)) || HoldsApprovingRole(caller)
            : named);
    }

    /// <summary>What the request waits for, as its history says it.</summary>
    public static string Waiting(ApprovalKind kind, IReadOnlyList<string> approvers, int required, string requestedFor) => kind switch
    {
        ApprovalKind.Manager when approvers.Count == 0 => $"Waiting for a change manager or admin: no recorded manager of {requestedFor} can decide it",
        ApprovalKind.Manager => $"Waiting for {approvers[0]}, the manager of {requestedFor}, or a change manager or admin",
        _ => $"Waiting for {required} of {string.Join(", ", approvers)}",
    };
}
