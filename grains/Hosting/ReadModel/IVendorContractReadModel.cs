using ItsmOrleans.Contracts.Vendors;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads vendor contracts from the database; never activates grains.</summary>
public interface IVendorContractReadModel
{
    Task<IReadOnlyList<VendorContractView>> List(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> contracts by id, after the contract <paramref name="afterId"/> (from the start when null).</summary>
    Task<IReadOnlyList<VendorContractView>> Page(string? afterId, int limit, CancellationToken cancellationToken);

    /// <summary>The contracts that cover <paramref name="serviceId"/>.</summary>
    Task<IReadOnlyList<VendorContractView>> Covering(string serviceId, CancellationToken cancellationToken);
}
