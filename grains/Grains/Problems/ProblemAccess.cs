using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Grains.Problems;

/// <summary>Agents and admins work problems; the NOC and change managers read them; requesters do not see them.</summary>
public static class ProblemAccess
{
    public static bool CanWork(Caller caller) => caller.Is(Role.Agent) || caller.Is(Role.Admin);

    public static void EnsureCanRead(Caller caller, ProblemState state)
    {
        if (!state.Created || !(CanWork(caller) || caller.Is(Role.Noc) || caller.Is(Role.ChangeManager)))
        {
            throw new NotFoundException("There is no such problem.");
        }
    }

    public static void EnsureCanWork(Caller caller, ProblemState state)
    {
        EnsureCanRead(caller, state);
        if (!CanWork(caller))
        {
            throw new ForbiddenException("Your roles let you read problems, not work them.");
        }
    }
}
