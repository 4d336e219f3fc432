using ItsmOrleans.Contracts.Vendors;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads vendor contracts from the database; never activates grains.</summary>
public interface IVendorContractReadModel
{
    Task<IReadOnlyList<VendorContractView>> List(CancellationToken cancellationToken);

    /// <summary>The contracts that cover <paramref name="serviceId"/>.</summary>
    Task<IReadOnlyList<VendorContractView>> Covering(string serviceId, CancellationToken cancellationToken);
}
