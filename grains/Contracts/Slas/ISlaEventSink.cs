namespace ItsmOrleans.Contracts.Slas;

/// <summary>A record that owns SLA clocks (an incident, a service request): its clocks deliver their events here until acknowledged.</summary>
public interface ISlaEventSink : IGrainWithGuidKey
{
    /// <summary>An SLA clock reports thresholds it crossed; each event is recorded once and acknowledged back.</summary>
    [OneWay]
    Task OnSlaEvents(IReadOnlyList<SlaEvent> events, SlaClockView clock);
}
