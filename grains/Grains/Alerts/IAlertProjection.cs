using ItsmOrleans.Contracts.Alerts;

namespace ItsmOrleans.Grains.Alerts;

/// <summary>Keeps the alerts read model in step.</summary>
public interface IAlertProjection
{
    /// <param name="alertKey">The alert's grain key: the read model finds the alert by its public id.</param>
    Task Upsert(string alertKey, AlertSummary alert, CancellationToken cancellationToken);
}
