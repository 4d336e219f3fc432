namespace ItsmOrleans.Contracts.Escalations;

/// <summary>
/// The escalation of one incident, keyed by the incident's id: notifies the policy's levels one after another until
/// someone acknowledges. Start and Stop are safe to repeat.
/// </summary>
public interface IEscalationGrain : IGrainWithGuidKey
{
    /// <summary>Starts notifying, unless the policy does not escalate the incident (undefined, or its priority is below the minimum).</summary>
    [OneWay]
    Task Start(EscalationStart start);

    /// <summary>Stops an active escalation: <paramref name="why"/> is Acknowledged or Ended.</summary>
    [OneWay]
    Task Stop(string by, EscalationStatus why);

    /// <returns>Null when the incident never escalated.</returns>
    Task<EscalationView?> Get();
}
