using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Licences;

/// <summary>
/// One software licence, keyed by a short id ("visio"). Assigning more seats than entitled is allowed (people need to
/// work) but makes the licence over-used: a notice on every board until it is back within its entitlement.
/// </summary>
public interface ILicenceGrain : IGrainWithStringKey
{
    /// <summary>Creates or changes the licence's terms (admins); a stale version is refused.</summary>
    Task<LicenceView> Define(CommandContext context, DefineLicence definition);

    Task<LicenceView> Get(Caller caller);

    /// <summary>Gives a seat to <paramref name="assignee"/> (agents, admins); assigning someone who has one changes nothing.</summary>
    Task<LicenceView> Assign(CommandContext context, string assignee);

    Task<LicenceView> Unassign(CommandContext context, string assignee);
}
