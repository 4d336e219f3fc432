namespace ItsmOrleans.Domain.Slas;

/// <summary>Bound from "Sla:Clocks".</summary>
public sealed class SlaClockOptions
{
    public const string Section = "Sla:Clocks";

    /// <summary>
    /// How often a durable reminder retries after its due time until the clock has caught up and its events are acknowledged.
    /// It bounds how late a threshold fires after a crash; the silo's minimum reminder period must not exceed it.
    /// </summary>
    public TimeSpan RecoveryPeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long an idle clock stays in memory (Orleans' default for other grains is fifteen minutes). Its reminder wakes
    /// it for the next threshold and the record's next change reactivates it, so it need not wait in memory meanwhile:
    /// two of every incident's three activations are its clocks.
    /// </summary>
    public TimeSpan IdleCollectionAge { get; set; } = TimeSpan.FromMinutes(2);
}
