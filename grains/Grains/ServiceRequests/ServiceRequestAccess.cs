using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>
/// Requesters see the requests they raised or that are for them; approvers see what they must decide; agents, the NOC,
/// change managers and admins see all. Agents and admins work the tasks; who decides is <see cref="ApprovalEntitlement"/>'s.
/// </summary>
public static class ServiceRequestAccess
{
    public static bool CanSee(Caller caller, ServiceRequestState state) =>
        caller.Is(Role.Agent) || caller.Is(Role.Admin) || caller.Is(Role.Noc) || caller.Is(Role.ChangeManager)
        || Same(caller.Name, state.RequestedBy) || Same(caller.Name, state.RequestedFor) || state.Approvers.Exists(a => Same(a, caller.Name));

    public static void EnsureCanSee(Caller caller, ServiceRequestState state)
    {
        if (!state.Created || !CanSee(caller, state))
        {
            throw new NotFoundException("There is no such request.");
        }
    }

    public static void EnsureCanFulfil(Caller caller, ServiceRequestState state)
    {
        EnsureCanSee(caller, state);
        if (!caller.Is(Role.Agent) && !caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only agents and admins work fulfilment tasks.");
        }
    }

    /// <param name="recordedManager">The manager recorded now on the account of the person the request is for.</param>
    public static void EnsureMayDecide(Caller caller, ServiceRequestState state, string? recordedManager)
    {
        if (ApprovalEntitlement.MayDecide(caller, state, recordedManager))
        {
            return;
        }

        EnsureCanSee(caller, state);
        throw new ForbiddenException(ApprovalEntitlement.IsRequesting(caller.Name, state)
            ? "Nobody approves their own request."
            : "You are not entitled to approve this request.");
    }

    /// <summary>Agents and admins request for anyone; everyone else for themselves, and naming someone else is refused.</summary>
    public static string RequestedFor(Caller caller, string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested) || Same(requested, caller.Name))
        {
            return caller.Name;
        }

        return caller.Is(Role.Agent) || caller.Is(Role.Admin)
            ? requested.Trim()
            : throw new ForbiddenException(new Dictionary<string, string[]>
            {
                ["requestedFor"] = ["You request for yourself; the service desk requests for others."],
            });
    }

    public static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
