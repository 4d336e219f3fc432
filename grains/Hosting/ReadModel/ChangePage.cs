using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>One page of the change list and the cursor of the next page, null on the last page.</summary>
public sealed record ChangePage(IReadOnlyList<ChangeSummary> Items, string? NextCursor);
