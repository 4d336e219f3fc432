namespace ItsmOrleans.Contracts.Slas;

/// <summary>One SLA clock before and after it was recomputed from the record's history, both as of the same moment.</summary>
/// <param name="Changed">True when the due time, target, state, elapsed time (beyond a second), calendar or breach differ.</param>
[GenerateSerializer, Immutable, Alias("itsm.SlaClockRepair")]
public sealed record SlaClockRepair(SlaClockKind Kind, SlaClockView Before, SlaClockView After, bool Changed);
