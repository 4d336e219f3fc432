using System.Text.RegularExpressions;

namespace ItsmOrleans.Domain.Tickets;

/// <summary>Finds the people a note names: "@ann", "@ann.lee", "@key:nightly-import"; an e-mail address is not a mention.</summary>
public static partial class Mentions
{
    public const int MaxPerNote = 20;

    public static IReadOnlyList<string> In(string text, string author)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Named().Matches(text)
            .Select(m => m.Groups["name"].Value.TrimEnd('.', ':', '-'))
            .Where(name => name.Length > 0 && !string.Equals(name, author, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxPerNote)];
    }

    [GeneratedRegex(@"(?<![\w@])@(?<name>[\w][\w.:-]{0,99})", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
