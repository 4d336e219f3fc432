using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads the service portfolio from the database; never activates grains.</summary>
public interface IServiceReadModel
{
    /// <summary>Every defined service, by id.</summary>
    Task<IReadOnlyList<ServiceSummary>> ListAll(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> services by id, after the service <paramref name="afterId"/> (from the start when null).</summary>
    Task<IReadOnlyList<ServiceSummary>> Page(string? afterId, int limit, CancellationToken cancellationToken);
}
