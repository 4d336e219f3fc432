using System.Data.Common;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>How a PostgreSQL search finds the records holding its words and phrases (the FROM and its conditions).</summary>
internal static class PostgresWordMatch
{
    /// <summary>
    /// The rows holding the words, for PostgreSQL, each with the query (@text) as q.words. The planner misjudges two cases,
    /// so they are spelled out: among open records (a small share), the words are looked up in the open records'
    /// index alone, not intersected with a filter's index over every record; a phrase first narrows to the records
    /// holding its word pairs, and its positions are checked on those rows only.
    /// </summary>
    public static async Task<string> From(
        DbConnection connection, DbCommand command, List<string> conditions, SearchText text, string vector, bool openOnly, CancellationToken cancellationToken)
    {
        const string Words = "websearch_to_tsquery('english', @text) AS q(words)";
        if (openOnly)
        {
            // OFFSET 0 keeps the other filters out of the subquery, so they cannot pull in their indexes.
            var column = vector[2..];
            return $"(SELECT s.* FROM search_documents s, websearch_to_tsquery('english', @text) AS w(words) WHERE s.is_open AND s.{column} @@ w.words OFFSET 0) d, {Words}";
        }

        var pairs = await PhrasePairs(connection, text.Phrases.ToList(), cancellationToken);
        if (pairs.Count == 0)
        {
            conditions.Add($"{vector} @@ q.words");
            return $"search_documents d, {Words}";
        }

        // coalesce hides the phrase from the word index (rows it found would be rechecked by computing their pairs)
        // and from the row estimate: multiplied into the pairs' own, it made common phrases look rare, so the planner
        // gathered every match instead of walking the most recent ones.
        conditions.Add($"coalesce({vector} @@ q.words, false)");
        for (var i = 0; i < pairs.Count; i++)
        {
            conditions.Add($"search_word_pairs(d.full_vector) @@ CAST(@pairs{i} AS tsquery)");
            command.WithParameter($"pairs{i}", pairs[i]);
        }

        return $"search_documents d, {Words}";
    }

    /// <summary>Each phrase's word pairs as a query, computed by the database so that they are stemmed as the records are; none for one-word phrases.</summary>
    private static async Task<List<string>> PhrasePairs(DbConnection connection, List<string> phrases, CancellationToken cancellationToken)
    {
        var pairs = new List<string>();
        if (phrases.Count == 0)
        {
            return pairs;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + string.Join(", ", phrases.Select((_, i) => $"CAST(search_phrase_pairs(@phrase{i}) AS text)"));
        for (var i = 0; i < phrases.Count; i++)
        {
            command.WithParameter($"phrase{i}", phrases[i]);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        for (var i = 0; i < phrases.Count; i++)
        {
            if (!reader.IsDBNull(i))
            {
                pairs.Add(reader.GetString(i));
            }
        }

        return pairs;
    }
}
