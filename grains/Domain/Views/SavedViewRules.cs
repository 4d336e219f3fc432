using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Contracts.Views;

namespace ItsmOrleans.Domain.Views;

/// <summary>What a saved view may be: a unique name, a bounded search, known columns, and shares only with the owner's groups.</summary>
public static class SavedViewRules
{
    public const int MaxViews = 50;
    public const int MaxName = 80;
    public const int MaxQuery = 2000;
    public const int MaxShares = 10;

    public static IReadOnlyList<string> Sorts { get; } = ["relevance", "updated", "created"];

    /// <summary>Trims the name, drops repeated columns and groups, and spells columns and sorts as the API does.</summary>
    public static SavedViewDefinition Normalize(SavedViewDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new SavedViewDefinition(
            (definition.Name ?? "").Trim(),
            (definition.Query ?? "").Trim().TrimStart('?'),
            string.IsNullOrWhiteSpace(definition.Sort) ? null : definition.Sort.Trim().ToLowerInvariant(),
            [.. (definition.Columns ?? []).Select(c => SavedViewColumns.All.FirstOrDefault(k => string.Equals(k, c?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? c ?? "").Distinct(StringComparer.Ordinal)],
            [.. (definition.SharedWith ?? []).Select(g => (g ?? "").Trim()).Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>Throws every problem of a normalized definition at once.</summary>
    /// <param name="others">The owner's other views (the one being changed left out).</param>
    public static void Validate(Caller owner, SavedViewDefinition definition, IReadOnlyCollection<SavedView> others, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(others);
        var errors = new FieldErrors();
        errors.Text("name", definition.Name, MaxName, required: true);
        if (others.Any(v => string.Equals(v.Name, definition.Name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add("name", $"You already have a view named '{definition.Name}'.");
        }

        if (isNew && others.Count >= MaxViews)
        {
            errors.Add("name", $"You have {MaxViews} views, the most one person may keep; delete one first.");
        }

        errors.Text("query", definition.Query, MaxQuery, required: false);
        if (definition.Sort is { } sort && !Sorts.Contains(sort))
        {
            errors.Add("sort", $"'{sort}' is not a sort. Use: {string.Join(", ", Sorts)}.");
        }

        foreach (var column in definition.Columns.Where(c => !SavedViewColumns.All.Contains(c)))
        {
            errors.Add("columns", $"'{Shorten(column)}' is not a column. Use: {string.Join(", ", SavedViewColumns.All)}.");
        }

        if (definition.SharedWith.Count > MaxShares)
        {
            errors.Add("sharedWith", $"A view is shared with at most {MaxShares} groups.");
        }

        foreach (var group in definition.SharedWith.Where(g => !owner.InGroup(g)))
        {
            errors.Add("sharedWith", $"You are not a member of '{Shorten(group)}'; share only with your own groups.");
        }

        errors.ThrowIfAny();
    }

    /// <summary>Whether a retried create asks for the same view it created the first time.</summary>
    public static bool Describes(SavedView view, SavedViewDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(definition);
        return view.Name == definition.Name && view.Query == definition.Query && view.Sort == definition.Sort
            && view.Columns.SequenceEqual(definition.Columns) && view.SharedWith.SequenceEqual(definition.SharedWith);
    }

    /// <summary>Whether the caller sees the view: its owner, or a member of a group it is shared with.</summary>
    public static bool Sees(Caller caller, SavedView view)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(view);
        return caller.Name == view.Owner || view.SharedWith.Any(caller.InGroup);
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
