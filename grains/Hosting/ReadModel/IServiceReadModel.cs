using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads the service portfolio from the database; never activates grains.</summary>
public interface IServiceReadModel
{
    /// <summary>Every defined service, by id.</summary>
    Task<IReadOnlyList<ServiceSummary>> ListAll(CancellationToken cancellationToken);
}
