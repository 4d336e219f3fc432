namespace ItsmOrleans.Contracts.Alerts;

/// <summary>
/// The alerts of one service and one group key, keyed by "&lt;service id&gt;/&lt;group key&gt;": decides which incident an
/// opening alert belongs to, and resolves an incident when all its alerts have resolved (when so configured).
/// Both calls are safe to repeat.
/// </summary>
public interface IAlertGroupGrain : IGrainWithStringKey
{
    /// <summary>The group's open incident while alerts keep arriving within the grouping window; else a new incident.</summary>
    Task<AlertIncident> Open(AlertOpening opening);

    /// <summary>The alert resolved; the incident resolves once none of its alerts is open.</summary>
    Task Resolved(string alertKey, Guid incidentId);
}
