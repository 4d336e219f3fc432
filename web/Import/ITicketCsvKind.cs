namespace ItsmOrleans.Web.Import;

/// <summary>A kind of ticket a CSV file can create: its columns, how a row becomes that kind's create command, and the grain that creates it.</summary>
public interface ITicketCsvKind<TCommand>
    where TCommand : class
{
    /// <summary>The kind in the report ("problems").</summary>
    string Name { get; }

    /// <summary>The kind in ids and idempotency keys ("problem"), so one externalId in two kinds makes two records.</summary>
    string RecordKind { get; }

    IReadOnlyList<string> Columns { get; }

    IReadOnlyList<string> Required { get; }

    /// <summary>The row as a create command, checked by the create API's rules; null when rejected (the reasons added to <paramref name="problems"/>).</summary>
    Task<TCommand?> Validate(CsvImportRow row, Caller caller, ImportRowProblems problems);

    /// <summary>The CSV column of a field a create rule names, when they differ.</summary>
    string ColumnOf(string field) => field;

    Task<ImportedTicket> Create(Guid id, CommandContext context, TCommand command);
}
