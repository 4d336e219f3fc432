using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Vendors;

/// <summary>
/// One third-party contract, keyed by a short id. It wakes daily while it runs: from the renewal notice date the boards
/// show it as expiring, after its end as expired, until its terms are renewed.
/// </summary>
public interface IVendorContractGrain : IGrainWithStringKey
{
    /// <summary>Creates or changes the contract (admins); a stale version is refused.</summary>
    Task<VendorContractView> Define(CommandContext context, DefineVendorContract definition);

    Task<VendorContractView> Get(Caller caller);
}
