namespace ItsmOrleans.Contracts.Views;

/// <summary>The columns a saved view's list may show, by the names the search results use.</summary>
public static class SavedViewColumns
{
    public static IReadOnlyList<string> All { get; } =
        ["number", "kind", "title", "status", "priority", "serviceId", "assignmentGroup", "assignee", "createdAt", "updatedAt", "slaBreached"];

    public static IReadOnlyList<string> Default { get; } = ["number", "title", "status", "priority", "assignee", "updatedAt"];
}
