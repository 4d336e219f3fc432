using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Continuity;

/// <summary>The business impact analysis of one service, keyed by the service id. Replacing it is versioned: a stale version is a conflict.</summary>
public interface IBusinessImpactGrain : IGrainWithStringKey
{
    Task<BusinessImpactView> Get(Caller caller);

    /// <summary>Replaces the analysis (change managers and admins) of a service that exists.</summary>
    Task<BusinessImpactView> Set(CommandContext context, BusinessImpact impact);
}
