using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using ItsmOrleans.Domain.Search;
using ItsmOrleans.Grains.Search;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>
/// The search_documents table and its word index: PostgreSQL's full-text search (one tsvector per audience, GIN
/// indexes) or SQLite's FTS5 (one index, searched in the columns the audience may read). Filters, sorting and keyset
/// paging are the same SQL on both.
/// </summary>
public sealed partial class SqlSearchIndex(ItsmDatabase database) : ISearchProjection, ISearchReadModel
{
    public const int MaxPageSize = 200;

    /// <summary>
    /// On PostgreSQL, a search by relevance ranks only this many matches, the most recently updated: ranking reads
    /// each match's words, which for a common word would be a large share of a million records. Sorting by time
    /// reaches all of them.
    /// </summary>
    public const int RankedCandidates = 200;

    private const string Columns =
        "d.kind, d.id, d.number, d.title, d.status, d.is_open, d.priority, d.service_id, d.assignment_group, d.assignee, d.created_at, d.updated_at, d.sla_breached";

    private const string UpsertSql = """
        INSERT INTO search_documents
            (kind, id, number, title, status, is_open, priority, service_id, assignment_group, assignee, requester,
             created_at, updated_at, sla_breached, revision, public_text, internal_text, known_error, requested_by)
        VALUES
            (@kind, @id, @number, @title, @status, @is_open, @priority, @service_id, @assignment_group, @assignee, @requester,
             @created_at, @updated_at, @sla_breached, @revision, @public_text, @internal_text, @known_error, @requested_by)
        ON CONFLICT (kind, id) DO UPDATE SET
            number = excluded.number,
            title = excluded.title,
            status = excluded.status,
            is_open = excluded.is_open,
            priority = excluded.priority,
            service_id = excluded.service_id,
            assignment_group = excluded.assignment_group,
            assignee = excluded.assignee,
            requester = excluded.requester,
            created_at = excluded.created_at,
            updated_at = excluded.updated_at,
            sla_breached = excluded.sla_breached,
            revision = excluded.revision,
            public_text = excluded.public_text,
            internal_text = excluded.internal_text,
            known_error = excluded.known_error,
            requested_by = excluded.requested_by
        WHERE search_documents.revision < excluded.revision
        """;

    /// <summary>SQLite's passages of public text, work notes and heading, in the order a snippet prefers them.</summary>
    private static readonly int[] SqlitePassagesInOrder = [14, 15, 13];

    private bool Postgres => database.Provider == DatabaseProvider.PostgreSql;

    public Task Upsert(SearchDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return database.Writes.Execute([SqlWrite.Of(UpsertSql,
            ("kind", document.Kind),
            ("id", document.Id.ToString("D")),
            ("number", document.Number),
            ("title", document.Title),
            ("status", document.Status),
            ("is_open", document.IsOpen),
            ("priority", document.Priority),
            ("service_id", document.ServiceId),
            ("assignment_group", document.AssignmentGroup),
            ("assignee", document.Assignee),
            ("requester", document.Requester),
            ("created_at", database.TimeValue(document.CreatedAt)),
            ("updated_at", database.TimeValue(document.UpdatedAt)),
            ("sla_breached", document.SlaBreached),
            ("revision", document.Revision),
            ("public_text", document.PublicText),
            ("internal_text", document.InternalText),
            ("known_error", document.KnownError),
            ("requested_by", document.RequestedBy))], cancellationToken);
    }

    public async Task<SearchPage> Search(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sort = query.EffectiveSort;
        var text = string.IsNullOrWhiteSpace(query.Text) ? null : SearchText.Parse(query.Text);
        if (sort == SearchSort.Relevance && text is null)
        {
            throw new Contracts.Common.DomainValidationException("sort", "Sorting by relevance needs words to look for (q).");
        }

        var limit = Math.Clamp(query.Limit, 1, MaxPageSize);
        var cursor = query.After is null ? null : SearchCursor.Decode(query.After, sort);

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var conditions = new List<string>();
        var from = "search_documents d";
        var rank = "";
        var rankedCandidates = false;
        var snippets = "";
        if (text is not null && TicketNumber().IsMatch(query.Text!.Trim()))
        {
            // Someone pasted a ticket number: one btree lookup, whatever the words around it would have matched.
            conditions.Add("d.number = @number");
            command.WithParameter("number", query.Text.Trim().ToUpperInvariant());
            rank = "1";
        }
        else if (text is not null)
        {
            if (Postgres)
            {
                var vector = query.Audience == SearchAudience.Full ? "d.full_vector" : "d.public_vector";
                command.WithParameter("text", query.Text!.Trim());
                from = await PostgresWordMatch.From(connection, command, conditions, text, vector, query.Open == true, cancellationToken);
                rank = $"ts_rank_cd({vector}, d.words)";
                rankedCandidates = sort == SearchSort.Relevance;
                var internalText = query.Audience == SearchAudience.Full ? "d.internal_text" : "''";
                snippets = $", d.title AS s_title, d.public_text AS s_public, {internalText} AS s_internal, {(rankedCandidates ? "d" : "q")}.words AS s_words, {(rankedCandidates ? rank : "0")} AS s_rank";
            }
            else
            {
                string[] columns = query.Audience == SearchAudience.Full ? ["heading", "public_text", "internal_text"] : ["heading", "public_text"];
                from = "search_text JOIN search_documents d ON d.rowid = search_text.rowid";
                conditions.Add("search_text MATCH @text");

                // bm25 is lower for better matches; negated so that both databases sort relevance descending.
                rank = "-bm25(search_text, 10.0, 4.0, 1.0)";

                // A passage of each column the caller may read; Read keeps the one with a match.
                snippets = string.Concat(Enumerable.Range(0, 3).Select(c => c < columns.Length
                    ? $", snippet(search_text, {c}, char(2), char(3), '…', 16)"
                    : ", NULL"));
                command.WithParameter("text", text.ToFts5(columns));
            }
        }

        Kinds(command, conditions, query.Kinds);
        SqlConditions.AnyOf(command, conditions, "d.status", "status", query.Statuses?.Cast<object>());
        SqlConditions.AnyOf(command, conditions, "d.priority", "priority", query.Priorities?.Cast<object>());
        SqlConditions.EqualTo(command, conditions, "d.service_id", "service_id", query.ServiceId);
        SqlConditions.EqualTo(command, conditions, "d.assignment_group", "assignment_group", query.AssignmentGroup);
        SqlConditions.EqualTo(command, conditions, "d.assignee", "assignee", query.Assignee);
        if (!string.IsNullOrEmpty(query.OnlyRequester))
        {
            // Their own records (raised by them or for them), and the services, which are everyone's.
            conditions.Add($"(d.requester = @requester OR d.requested_by = @requester OR d.kind = '{SearchKinds.Service}')");
            command.WithParameter("requester", query.OnlyRequester);
        }
        if (query.Open is { } open)
        {
            // A literal, not a parameter, so that the planner may use the partial indexes of open records.
            conditions.Add(Postgres ? (open ? "d.is_open" : "NOT d.is_open") : (open ? "d.is_open = 1" : "d.is_open = 0"));
        }

        SqlConditions.EqualTo(command, conditions, "d.sla_breached", "sla_breached", query.SlaBreached);
        if (query.CreatedFrom is { } createdFrom)
        {
            conditions.Add("d.created_at >= @created_from");
            command.WithParameter("created_from", database.TimeValue(createdFrom));
        }

        if (query.CreatedBefore is { } createdBefore)
        {
            conditions.Add("d.created_at < @created_before");
            command.WithParameter("created_before", database.TimeValue(createdBefore));
        }

        var timeColumn = sort == SearchSort.Created ? "d.created_at" : "d.updated_at";
        var offset = 0;
        if (cursor is not null && sort != SearchSort.Relevance)
        {
            // Keyset: strictly after the last hit in (time descending, kind, id) order.
            // The first condition lets the time index start at the cursor; the second breaks ties.
            conditions.Add($"{timeColumn} <= @after_time");
            conditions.Add($"({timeColumn} < @after_time OR ({timeColumn} = @after_time AND (d.kind > @after_kind OR (d.kind = @after_kind AND d.id > @after_id))))");
            command.WithParameter("after_time", database.TimeValue(new DateTimeOffset(cursor.Ticks, TimeSpan.Zero)))
                .WithParameter("after_kind", cursor.Kind)
                .WithParameter("after_id", cursor.Id);
        }
        else if (cursor is not null)
        {
            offset = cursor.Offset;
        }

        var order = sort == SearchSort.Relevance ? $"{rank} DESC, d.updated_at DESC, d.kind, d.id" : $"{timeColumn} DESC, d.kind, d.id";
        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);

        // One row more than the page tells whether there is a next page.
        command.CommandText = rankedCandidates
            ? $"SELECT {Columns}{snippets} FROM (SELECT d.*, q.words FROM {from}{where} ORDER BY d.updated_at DESC LIMIT @candidates) d ORDER BY {order} LIMIT @limit OFFSET @offset"
            : $"SELECT {Columns}{snippets} FROM {from}{where} ORDER BY {order} LIMIT @limit OFFSET @offset";
        if (Postgres && snippets.Length > 0)
        {
            // Headlines only for the page's hits: ts_headline reads the whole text again.
            var pageOrder = sort == SearchSort.Relevance ? "p.s_rank DESC, p.updated_at DESC, p.kind, p.id" : $"p.{timeColumn[2..]} DESC, p.kind, p.id";
            command.CommandText = $"SELECT {Columns.Replace("d.", "p.", StringComparison.Ordinal)}, " +
                "ts_headline('english', concat_ws(chr(10), p.s_title, p.s_public, p.s_internal), p.s_words, @headline) " +
                $"FROM ({command.CommandText}) p ORDER BY {pageOrder}";
            command.WithParameter("headline", SearchSnippet.HeadlineOptions);
        }

        command.WithParameter("limit", limit + 1).WithParameter("offset", offset).WithParameter("candidates", RankedCandidates);
        var hits = new List<SearchHit>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                hits.Add(Read(reader));
            }
        }

        if (hits.Count <= limit)
        {
            return new SearchPage(hits, null);
        }

        hits.RemoveAt(limit);
        var last = hits[^1];
        var next = new SearchCursor(sort, (sort == SearchSort.Created ? last.CreatedAt : last.UpdatedAt).UtcTicks, last.Kind, last.Id.ToString("D"), offset + limit);
        return new SearchPage(hits, next.Encode());
    }

    /// <summary>The kinds asked for; known errors are the problems flagged as such.</summary>
    private void Kinds(DbCommand command, List<string> conditions, IReadOnlyList<string>? kinds)
    {
        if (kinds is not { Count: > 0 })
        {
            return;
        }

        var either = new List<string>();
        SqlConditions.AnyOf(command, either, "d.kind", "kind", kinds.Where(k => k != SearchKinds.KnownError));
        if (kinds.Contains(SearchKinds.KnownError) && !kinds.Contains(SearchKinds.Problem))
        {
            either.Add(Postgres ? $"(d.kind = '{SearchKinds.Problem}' AND d.known_error)" : $"(d.kind = '{SearchKinds.Problem}' AND d.known_error = 1)");
        }

        conditions.Add(either.Count == 1 ? either[0] : "(" + string.Join(" OR ", either) + ")");
    }

    private SearchHit Read(DbDataReader reader) => new(
        reader.GetString(0),
        Guid.Parse(reader.GetString(1)),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetBoolean(5),
        reader.IsDBNull(6) ? null : reader.GetInt32(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.IsDBNull(9) ? null : reader.GetString(9),
        Time(reader, 10),
        Time(reader, 11),
        reader.GetBoolean(12),
        Snippet(reader));

    /// <summary>The passage with a match: PostgreSQL's one headline, or the first of SQLite's column passages that has one (text before title).</summary>
    private static string? Snippet(DbDataReader reader)
    {
        if (reader.FieldCount == 14)
        {
            return SearchSnippet.Html(reader.IsDBNull(13) ? null : reader.GetString(13));
        }

        if (reader.FieldCount < 16)
        {
            return null;
        }

        var passages = SqlitePassagesInOrder.Select(i => reader.IsDBNull(i) ? null : reader.GetString(i)).ToList();
        return SearchSnippet.Html(passages.FirstOrDefault(SearchSnippet.HasMatch));
    }

    private DateTimeOffset Time(DbDataReader reader, int ordinal) => Postgres
        ? reader.GetFieldValue<DateTimeOffset>(ordinal)
        : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    [GeneratedRegex("^[A-Za-z]{3}[0-9]{7,18}$")]
    private static partial Regex TicketNumber();
}
