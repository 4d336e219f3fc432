using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Import;

/// <summary>
/// Imports tickets of one kind from CSV. Every row is checked with the rules of that kind's create API; a dry run reports
/// every row that would be rejected and writes nothing. A real run creates each valid row under an idempotency key (its
/// externalId, or a hash of its content) and an id derived from that key alone, so importing a file again adds nothing.
/// </summary>
public static class TicketCsvImport
{
    public const int MaxExternalIdLength = 200;
    public const string ExternalId = "externalId";

    public static async Task<IResult> Run<TCommand>(HttpContext http, bool dryRun, ITicketCsvKind<TCommand> kind)
        where TCommand : class
    {
        var (table, refusal) = await CsvImportBody.Read(http, kind.Columns, kind.Required);
        if (table is null)
        {
            return refusal!;
        }

        var caller = CallerContext.For(http).Caller;
        var problems = new ImportRowProblems();
        var valid = new List<(int Row, string Key, TCommand Command)>();
        var externalIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (!problems.Fits(table, row))
            {
                continue;
            }

            var externalId = row.Value(ExternalId);
            if (externalId is { Length: > MaxExternalIdLength })
            {
                problems.Add(row.Number, ExternalId, $"An externalId has at most {MaxExternalIdLength} characters.");
                continue;
            }

            if (externalId is not null && !externalIds.TryAdd(externalId, row.Number))
            {
                problems.Add(row.Number, ExternalId, $"externalId '{externalId}' is also on row {externalIds[externalId]}.");
                continue;
            }

            if (await kind.Validate(row, caller, problems) is { } command)
            {
                valid.Add((row.Number, $"csv-{kind.RecordKind}:{externalId ?? "sha256:" + row.ContentHash()}", command));
            }
        }

        var imported = new List<ImportedRow>();
        if (!dryRun)
        {
            var started = DateTimeOffset.UtcNow;
            foreach (var (row, key, command) in valid)
            {
                try
                {
                    // The id comes from the row's key alone, so whoever imports the file again reaches the same ticket.
                    var made = await kind.Create(IncidentIds.ForCreate("csv-import", key, kind.RecordKind), new CommandContext(caller, null, key), command);
                    imported.Add(new(row, made.Id.ToString(), made.Number, made.CreatedAt < started));
                }
                catch (IdempotencyKeyReusedException)
                {
                    problems.Add(row, ExternalId, "A row with this externalId was imported before with other content.");
                }
                catch (DomainValidationException exception)
                {
                    problems.Add(row, exception, kind.ColumnOf);
                }
                catch (NotFoundException exception)
                {
                    // A record the row names was removed between the check and the import.
                    problems.Add(row, null, exception.Message);
                }
            }
        }

        return problems.Report(kind.Name, dryRun, table, valid.Count, imported);
    }
}
