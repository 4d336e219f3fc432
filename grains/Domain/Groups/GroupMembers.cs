namespace ItsmOrleans.Domain.Groups;

/// <summary>How many sources put each group into being, in any letter case; a group with none no longer exists.</summary>
public sealed class GroupMembers
{
    private readonly Dictionary<string, int> _sources = new(StringComparer.OrdinalIgnoreCase);

    public bool Exists(string group) => _sources.ContainsKey(group.Trim());

    /// <summary>Every group that exists, spelt as its first source spelt it, in alphabetical order.</summary>
    public IReadOnlyList<string> Names() => [.. _sources.Keys.Order(StringComparer.OrdinalIgnoreCase)];

    public void Add(IEnumerable<string> groups)
    {
        foreach (var group in groups)
        {
            _sources[group] = _sources.GetValueOrDefault(group) + 1;
        }
    }

    public void Remove(IEnumerable<string> groups)
    {
        foreach (var group in groups)
        {
            if (_sources.TryGetValue(group, out var count) && count > 1)
            {
                _sources[group] = count - 1;
            }
            else
            {
                _sources.Remove(group);
            }
        }
    }

    /// <summary>A source's groups as the directory keeps them: trimmed, blanks dropped, each once in any letter case.</summary>
    public static List<string> Clean(IEnumerable<string?> groups) =>
        [.. groups.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
}
