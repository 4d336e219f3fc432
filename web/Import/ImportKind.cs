namespace ItsmOrleans.Web.Import;

/// <summary>A kind of record a CSV file can import, and the columns its header may name (the required ones must be there).</summary>
public sealed record ImportKind(string Kind, string Label, IReadOnlyList<string> Columns, IReadOnlyList<string> Required)
{
    public static readonly IReadOnlyList<ImportKind> All =
    [
        new(IncidentCsvImport.KindName, "Incidents", IncidentCsvImport.ColumnNames, IncidentCsvImport.RequiredColumns),
        new(ProblemCsvImport.KindName, "Problems", ProblemCsvImport.ColumnNames, ProblemCsvImport.RequiredColumns),
        new(ChangeCsvImport.KindName, "Changes", ChangeCsvImport.ColumnNames, ChangeCsvImport.RequiredColumns),
        new(ServiceRequestCsvImport.KindName, "Service requests", ServiceRequestCsvImport.ColumnNames, ServiceRequestCsvImport.RequiredColumns),
        new(ServiceCsvImport.KindName, "Services", ServiceCsvImport.Columns, ServiceCsvImport.Required),
        new(RiskCsvImport.KindName, "Risks", RiskCsvImport.ColumnNames, RiskCsvImport.RequiredColumns),
        new(PlanCsvImport.KindName, "Continuity plans", PlanCsvImport.ColumnNames, PlanCsvImport.RequiredColumns),
    ];
}
