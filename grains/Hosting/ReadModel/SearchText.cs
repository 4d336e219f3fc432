using System.Text;
using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>
/// The words of a search, in the syntax web search engines use (and PostgreSQL's websearch_to_tsquery reads):
/// words must all appear, "quoted words" appear together, OR between words accepts either, -word excludes.
/// SQLite's FTS5 gets the same meaning through <see cref="ToFts5"/>.
/// </summary>
public sealed class SearchText
{
    public const int MaxLength = 200;

    private readonly List<List<string>> _required = [];
    private readonly List<string> _excluded = [];

    private SearchText()
    {
    }

    /// <exception cref="DomainValidationException">Too long, or nothing in it to look for.</exception>
    public static SearchText Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            throw new DomainValidationException("q", $"A search is at most {MaxLength} characters.");
        }

        var parsed = new SearchText();
        var orNext = false;
        for (var i = 0; i < text.Length;)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var excluded = text[i] == '-';
            if (excluded)
            {
                i++;
            }

            string term;
            bool quoted = i < text.Length && text[i] == '"';
            if (quoted)
            {
                var end = text.IndexOf('"', i + 1);
                term = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                i = end < 0 ? text.Length : end + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                term = text[i..end];
                i = end;
            }

            if (!quoted && !excluded && term.Equals("OR", StringComparison.OrdinalIgnoreCase))
            {
                orNext = parsed._required.Count > 0;
                continue;
            }

            if (!term.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            if (excluded)
            {
                parsed._excluded.Add(term);
            }
            else if (orNext)
            {
                parsed._required[^1].Add(term);
            }
            else
            {
                parsed._required.Add([term]);
            }

            orNext = false;
        }

        if (parsed._required.Count == 0)
        {
            throw new DomainValidationException("q", "Give at least one word to look for (a search of only -excluded words finds nothing).");
        }

        return parsed;
    }

    /// <summary>
    /// The required terms of more than one word ("quoted words", or words joined as in ERR-38031): each must be found
    /// as a phrase. Terms offered as OR alternatives are not among them.
    /// </summary>
    public IEnumerable<string> Phrases => _required
        .Where(alternatives => alternatives.Count == 1 && WordCount(alternatives[0]) > 1)
        .Select(alternatives => alternatives[0]);

    private static int WordCount(string term) =>
        term.Where((c, i) => char.IsLetterOrDigit(c) && (i == 0 || !char.IsLetterOrDigit(term[i - 1]))).Count();

    /// <summary>An FTS5 query over <paramref name="columns"/> only: every term is a quoted phrase, so nothing in it is syntax.</summary>
    public string ToFts5(IReadOnlyList<string> columns)
    {
        var filter = "{" + string.Join(' ', columns) + "} : ";
        string Phrase(string term) => filter + "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        var query = new StringBuilder("(");
        query.AppendJoin(" AND ", _required.Select(any => "(" + string.Join(" OR ", any.Select(Phrase)) + ")"));
        query.Append(')');
        foreach (var term in _excluded)
        {
            query.Append(" NOT ").Append(Phrase(term));
        }

        return query.ToString();
    }
}
