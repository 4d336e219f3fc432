namespace ItsmOrleans.Contracts.Slas;

/// <summary>One SLA clock before and after it was recomputed from the record's history, both as of the same moment.</summary>
/// <param name="Changed">True when the due time, target, state, elapsed time (beyond a second), calendar or breach differ.</param>
/// <param name="Revealed">
/// Thresholds the recomputed clock has reached that the live one never fired: applying the repair fires them, as the
/// live clock would (a breach reaches the history, the boards, reports and webhooks once).
/// </param>
/// <param name="Withdrawn">
/// Thresholds the live clock fired that the recomputed one has not reached: applying the repair clears them (a withdrawn
/// breach leaves the boards and the reports) and they fire again if the clock reaches them at their corrected time.
/// </param>
[GenerateSerializer, Immutable, Alias("itsm.SlaClockRepair")]
public sealed record SlaClockRepair(
    SlaClockKind Kind,
    SlaClockView Before,
    SlaClockView After,
    bool Changed,
    IReadOnlyList<SlaLevel> Revealed,
    IReadOnlyList<SlaLevel> Withdrawn);
