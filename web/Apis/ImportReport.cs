namespace ItsmOrleans.Web.Apis;

/// <summary>
/// What an import did, or on a dry run would do: every rejected row with its column and reason, and the records made.
/// </summary>
/// <param name="Rows">Data rows in the file (the header not counted).</param>
/// <param name="Accepted">Rows that pass validation (imported unless a dry run).</param>
public sealed record ImportReport(
    string Kind, bool DryRun, int Rows, int Accepted, IReadOnlyList<ImportProblem> Rejected, IReadOnlyList<ImportedRow> Imported);
