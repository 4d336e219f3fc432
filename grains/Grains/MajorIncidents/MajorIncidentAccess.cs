using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>Agents and admins run major incidents; the NOC and change managers follow them; requesters do not see them.</summary>
public static class MajorIncidentAccess
{
    public static bool CanRun(Caller caller) => caller.Is(Role.Agent) || caller.Is(Role.Noc) || caller.Is(Role.Admin);

    public static void EnsureCanRead(Caller caller, MajorIncidentState state)
    {
        if (!state.Created || !(CanRun(caller) || caller.Is(Role.Noc) || caller.Is(Role.ChangeManager)))
        {
            throw new NotFoundException("There is no such major incident.");
        }
    }

    public static void EnsureCanRun(Caller caller, MajorIncidentState state)
    {
        EnsureCanRead(caller, state);
        if (!CanRun(caller))
        {
            throw new ForbiddenException("Your roles let you follow major incidents, not run them.");
        }
    }
}
