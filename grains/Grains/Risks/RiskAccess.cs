using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Grains.Risks;

/// <summary>Change managers and admins keep the register; agents and the NOC read it; requesters do not see it.</summary>
public static class RiskAccess
{
    public static bool CanEdit(Caller caller) => caller.Is(Role.ChangeManager) || caller.Is(Role.Admin);

    public static bool CanRead(Caller caller) => CanEdit(caller) || caller.Is(Role.Agent) || caller.Is(Role.Noc);

    public static void EnsureCanRead(Caller caller, RiskState state)
    {
        if (!state.Created || !CanRead(caller))
        {
            throw new NotFoundException("There is no such risk.");
        }
    }

    public static void EnsureCanEdit(Caller caller, RiskState state)
    {
        EnsureCanRead(caller, state);
        if (!CanEdit(caller))
        {
            throw new ForbiddenException("Your roles let you read risks; change managers and admins keep the register.");
        }
    }
}
