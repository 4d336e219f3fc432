namespace ItsmOrleans.Contracts.Slas;

/// <summary>What recomputing a ticket's SLA clocks from its history found, and whether it was written.</summary>
/// <param name="PolicyId">The policy the ticket is under; its current targets and calendar were replayed.</param>
/// <param name="Version">The ticket's version after the repair (unchanged on a dry run or when nothing changed).</param>
/// <param name="Changed">True when any clock differs from the recomputed one.</param>
/// <param name="Applied">True when the recomputed clocks replaced the live ones (never on a dry run).</param>
/// <param name="Skipped">
/// True when a policy's repair reached a ticket under another policy (<paramref name="PolicyId"/> says which):
/// nothing was recomputed and <paramref name="Clocks"/> is empty.
/// </param>
[GenerateSerializer, Immutable, Alias("itsm.SlaRepairReport")]
public sealed record SlaRepairReport(
    Guid Id, string Number, string PolicyId, int Version, bool Changed, bool Applied, IReadOnlyList<SlaClockRepair> Clocks, bool Skipped = false);
