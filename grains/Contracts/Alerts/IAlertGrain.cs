namespace ItsmOrleans.Contracts.Alerts;

/// <summary>
/// One alert, keyed by "&lt;integration id&gt;/&lt;dedup key&gt;" (<see cref="AlertKeys"/>): repeats of a trigger count on it, acknowledge and
/// resolve follow it, and its group (service and group key) gives it the incident that handles it. A trigger answered
/// is saved: the call returns only once the event's effect is durable.
/// </summary>
public interface IAlertGrain : IGrainWithStringKey
{
    /// <returns>The alert; null for an acknowledge or resolve of an alert never triggered (nothing to follow, as with the Events API).</returns>
    Task<AlertView?> Receive(AlertEvent alertEvent, IntegrationKeyView integration);

    Task<AlertView?> Get();
}
