using ItsmOrleans.Contracts.Licences;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads licences from the database; never activates grains.</summary>
public interface ILicenceReadModel
{
    Task<IReadOnlyList<LicenceSummary>> List(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> licences by id, after the licence <paramref name="afterId"/> (from the start when null).</summary>
    Task<IReadOnlyList<LicenceSummary>> Page(string? afterId, int limit, CancellationToken cancellationToken);
}
