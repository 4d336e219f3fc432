namespace ItsmOrleans.Contracts.Continuity;

/// <summary>
/// What the business needs of a service after an outage: back within the recovery time objective (RTO), losing at
/// most the recovery point objective's worth of data (RPO), and never down longer than the maximum tolerable downtime.
/// </summary>
[GenerateSerializer, Immutable, Alias("itsm.RecoveryObjectives")]
public sealed record RecoveryObjectives(TimeSpan Rto, TimeSpan Rpo, TimeSpan MaximumTolerableDowntime);
