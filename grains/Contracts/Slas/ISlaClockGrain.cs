namespace ItsmOrleans.Contracts.Slas;

/// <summary>
/// One SLA clock of one incident, keyed by the incident id and the clock kind ("response" or "resolution").
/// It fires threshold events on time while running and after a restart, and delivers them to the incident until acknowledged.
/// </summary>
public interface ISlaClockGrain : IGrainWithGuidCompoundKey
{
    /// <summary>Brings the clock to the state the incident wants and returns it.</summary>
    Task<SlaClockView> Apply(SlaClockInstruction instruction);

    /// <summary>
    /// Replaces the clock with one recomputed from the record's history (the SLA repair). Thresholds the recomputed clock
    /// has reached that this one never fired fire now, delivered like any other event; those it fired that the recomputed
    /// clock has not reached are cleared and fire again when reached. The timer and wake-up move to the corrected due
    /// times. An older incident version than the one applied is ignored, and a repeated correction fires nothing again.
    /// </summary>
    Task<SlaClockView> Correct(SlaClockCorrection correction);

    /// <summary>Returns the clock as of now.</summary>
    Task<SlaClockView> Get();

    /// <summary>The incident recorded every event up to <paramref name="sequence"/>; they need not be sent again.</summary>
    [OneWay]
    Task Acknowledge(int sequence);

    /// <summary>The incident does not exist (its creation failed): forget the clock and its wake-ups.</summary>
    [OneWay]
    Task Retire();
}
