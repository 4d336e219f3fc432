using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Web.Apis;

/// <summary>One batch of a policy's SLA repair: a report per incident, and the cursor of the next batch (null after the last).</summary>
public sealed record SlaPolicyRepair(string PolicyId, bool DryRun, IReadOnlyList<SlaRepairReport> Items, string? NextCursor);
