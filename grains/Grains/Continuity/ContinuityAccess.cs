using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Grains.Continuity;

/// <summary>
/// Change managers and admins keep business impact and continuity plans; agents and the NOC read them (and may invoke
/// a plan during a major incident); requesters see none of it.
/// </summary>
public static class ContinuityAccess
{
    public static bool CanEdit(Caller caller) => caller.Is(Role.ChangeManager) || caller.Is(Role.Admin);

    public static bool CanRead(Caller caller) => CanEdit(caller) || caller.Is(Role.Agent) || caller.Is(Role.Noc);

    public static void EnsureCanRead(Caller caller)
    {
        if (!CanRead(caller))
        {
            throw new ForbiddenException("Service continuity is for agents, the NOC, change managers and admins.");
        }
    }

    public static void EnsureCanEdit(Caller caller)
    {
        EnsureCanRead(caller);
        if (!CanEdit(caller))
        {
            throw new ForbiddenException("Your roles let you read continuity records; change managers and admins keep them.");
        }
    }
}
