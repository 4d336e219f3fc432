using ItsmOrleans.Contracts.References;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Import;

/// <summary>The rows of an import that were (or would be) rejected, each with its column and reason, and the report they end in.</summary>
public sealed class ImportRowProblems
{
    private readonly List<ImportProblem> problems = [];

    public void Add(int row, string? column, string reason) => problems.Add(new ImportProblem(row, column, reason));

    /// <summary>Adds every field error of a rule; <paramref name="columnOf"/> names the CSV column of a field when they differ.</summary>
    public void Add(int row, DomainValidationException exception, Func<string, string>? columnOf = null) =>
        problems.AddRange(exception.Errors.SelectMany(e => e.Value.Select(message => new ImportProblem(row, columnOf?.Invoke(e.Key) ?? e.Key, message))));

    /// <summary>True when the row has as many fields as the header; otherwise rejects it.</summary>
    public bool Fits(CsvImportTable table, CsvImportRow row)
    {
        if (!row.Fits)
        {
            Add(row.Number, null, $"The row has {row.FieldCount} fields; the header has {table.Header.Count}.");
        }

        return row.Fits;
    }

    /// <summary>Runs a create request's own validation; null (and the row rejected) when it fails.</summary>
    public T? Checked<T>(CsvImportRow row, Func<T> validate, Func<string, string>? columnOf = null)
        where T : class
    {
        try
        {
            return validate();
        }
        catch (DomainValidationException exception)
        {
            Add(row.Number, exception, columnOf);
            return null;
        }
    }

    /// <summary>Checks that the services, groups and people a row names exist; false (and the row rejected, naming each) when some do not.</summary>
    public async Task<bool> Exist(CsvImportRow row, IGrainFactory grains, Caller caller, IEnumerable<Reference> references, Func<string, string>? columnOf = null)
    {
        try
        {
            await ReferenceCheck.EnsureExist(grains, caller, references);
            return true;
        }
        catch (DomainValidationException exception)
        {
            Add(row.Number, exception, columnOf);
            return false;
        }
    }

    public Ok<ImportReport> Report(string kind, bool dryRun, CsvImportTable table, int accepted, IReadOnlyList<ImportedRow> imported) =>
        TypedResults.Ok(new ImportReport(kind, dryRun, table.Rows.Count, accepted, [.. problems.OrderBy(p => p.Row)], imported));
}
