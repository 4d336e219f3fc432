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
}
