using ItsmOrleans.Contracts.Alerts;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads alerts: the open ones for boards, and filtered lists for the API.</summary>
public interface IAlertReadModel
{
    /// <summary>Open (triggered or acknowledged) alerts, most recently seen first.</summary>
    Task<IReadOnlyList<AlertSummary>> ListOpen(int limit, CancellationToken cancellationToken);

    /// <summary>Alerts by status, service and incident (each optional), most recently seen first.</summary>
    Task<IReadOnlyList<AlertSummary>> List(AlertStatus? status, string? serviceId, Guid? incidentId, int limit, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> alerts by key, after the alert <paramref name="afterKey"/> (from the start when null).</summary>
    Task<IReadOnlyList<AlertSummary>> Page(string? afterKey, int limit, CancellationToken cancellationToken);
}
