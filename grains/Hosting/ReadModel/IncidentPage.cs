using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>One page of the incident list and the cursor of the next page, null on the last page.</summary>
public sealed record IncidentPage(IReadOnlyList<IncidentSummary> Items, string? NextCursor);
