using ItsmOrleans.Contracts.Licences;

namespace ItsmOrleans.Grains.Licences;

/// <summary>Keeps the licences read model in step.</summary>
public interface ILicenceProjection
{
    Task Upsert(LicenceSummary licence, CancellationToken cancellationToken);
}
