using ItsmOrleans.Contracts.Vendors;

namespace ItsmOrleans.Grains.Vendors;

/// <summary>Keeps the vendor-contracts read model (which contracts cover which service) in step.</summary>
public interface IVendorContractProjection
{
    Task Upsert(VendorContractView contract, CancellationToken cancellationToken);
}
