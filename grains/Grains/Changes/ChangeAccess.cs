using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Grains.Changes;

/// <summary>Who may read and work changes: agents, change managers and admins work them; the NOC reads them; requesters neither.</summary>
public static class ChangeAccess
{
    public static bool CanRead(Caller caller) =>
        caller.Is(Role.Agent) || caller.Is(Role.ChangeManager) || caller.Is(Role.Noc) || caller.Is(Role.Admin);

    public static bool CanWork(Caller caller) => caller.Is(Role.Agent) || caller.Is(Role.ChangeManager) || caller.Is(Role.Admin);

    public static void EnsureCanRead(Caller caller, ChangeState change)
    {
        if (!change.Created || !CanRead(caller))
        {
            throw new NotFoundException("There is no such change.");
        }
    }

    public static void EnsureCanWork(Caller caller, ChangeState change)
    {
        EnsureCanRead(caller, change);
        if (!CanWork(caller))
        {
            throw new ForbiddenException("Your roles let you read changes, not change them.");
        }
    }

    /// <summary>Templates and freezes are kept by change managers and admins.</summary>
    public static void EnsureCanKeepCatalog(Caller caller)
    {
        if (!caller.Is(Role.ChangeManager) && !caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only change managers keep change templates and freezes.");
        }
    }
}
