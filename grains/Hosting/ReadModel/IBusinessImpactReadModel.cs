using ItsmOrleans.Contracts.Continuity;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads the business impact analyses from the database; never activates grains.</summary>
public interface IBusinessImpactReadModel
{
    /// <summary>Every service's analysis that was ever recorded, by service id.</summary>
    Task<IReadOnlyList<BusinessImpactView>> ListAll(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> analyses by service id, after the service <paramref name="afterId"/> (from the start when null).</summary>
    Task<IReadOnlyList<BusinessImpactView>> Page(string? afterId, int limit, CancellationToken cancellationToken);
}
