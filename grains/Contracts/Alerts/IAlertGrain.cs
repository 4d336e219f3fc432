namespace ItsmOrleans.Contracts.Alerts;

/// <summary>
/// One alert, keyed by "&lt;routing key&gt;/&lt;dedup key&gt;": repeats of a trigger count on it, acknowledge and
/// resolve follow it, and it raises the incident that handles it.
/// </summary>
public interface IAlertGrain : IGrainWithStringKey
{
    /// <returns>The alert; null for an acknowledge or resolve of an alert never triggered (nothing to follow, as with the Events API).</returns>
    Task<AlertView?> Receive(AlertEvent alertEvent, string serviceId);

    Task<AlertView?> Get();
}
