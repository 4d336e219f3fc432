using ItsmOrleans.Contracts.Licences;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads licences from the database; never activates grains.</summary>
public interface ILicenceReadModel
{
    Task<IReadOnlyList<LicenceSummary>> List(CancellationToken cancellationToken);
}
