using ItsmOrleans.Contracts.Alerts;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads alerts: the open ones for boards, and filtered lists for the API.</summary>
public interface IAlertReadModel
{
    /// <summary>Open (triggered or acknowledged) alerts, most recently seen first.</summary>
    Task<IReadOnlyList<AlertSummary>> ListOpen(int limit, CancellationToken cancellationToken);

    /// <summary>Alerts by status, service, incident and dedup key (each optional), most recently seen first.</summary>
    Task<IReadOnlyList<AlertSummary>> List(AlertFilter filter, int limit, CancellationToken cancellationToken);

    /// <summary>The grain key of the alert with this public id; null when there is none.</summary>
    Task<string?> KeyOf(Guid id, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> alerts by id, after the alert <paramref name="afterId"/> (from the start when null).</summary>
    Task<IReadOnlyList<AlertSummary>> Page(Guid? afterId, int limit, CancellationToken cancellationToken);
}
