using ItsmOrleans.Contracts.Alerts;

namespace ItsmOrleans.Grains.Alerts;

/// <summary>Keeps the alerts read model in step.</summary>
public interface IAlertProjection
{
    Task Upsert(AlertSummary alert, CancellationToken cancellationToken);
}
