using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Services;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Import;

/// <summary>
/// Services from CSV: the columns of PUT /api/services/{id}, checked by <see cref="DefineServiceRequest"/>. The id is the
/// service's own, so importing a file again defines the same services again and adds none.
/// </summary>
public static class ServiceCsvImport
{
    public const string KindName = "services";

    public static readonly IReadOnlyList<string> Columns =
        ["id", "name", "kind", "description", "owner", "supportGroup", "criticality", "slaPolicy", "escalationPolicy"];

    public static readonly IReadOnlyList<string> Required = ["id", "name", "kind"];

    public static async Task<IResult> Run(HttpContext http, bool dryRun, IGrainFactory grains, ISlaPolicyCatalog policies)
    {
        var (table, refusal) = await CsvImportBody.Read(http, Columns, Required);
        if (table is null)
        {
            return refusal!;
        }

        var context = CallerContext.For(http) with { ExpectedVersion = null };
        var problems = new ImportRowProblems();
        var valid = new List<(int Row, string Id, DefineService Command)>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (!problems.Fits(table, row))
            {
                continue;
            }

            var id = row.Value("id") ?? "";
            var errors = new FieldErrors();
            ServiceRules.ValidateId(errors, id);
            if (errors.Any)
            {
                problems.Add(row.Number, "id", "A service id is lower-case letters, digits and dashes.");
                continue;
            }

            if (!ids.TryAdd(id, row.Number))
            {
                problems.Add(row.Number, "id", $"Service '{id}' is also on row {ids[id]}.");
                continue;
            }

            int? criticality = null;
            if (row.Value("criticality") is { } tier)
            {
                if (!int.TryParse(tier, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    problems.Add(row.Number, "criticality", $"'{tier}' is not a criticality tier (1 to 4).");
                    continue;
                }

                criticality = parsed;
            }

            var request = new DefineServiceRequest(
                row.Value("name"), row.Value("kind"), row.Value("description"), row.Value("owner"), row.Value("supportGroup"),
                criticality, row.Value("slaPolicy"), null, row.Value("escalationPolicy"));
            if (problems.Checked(row, request.ToCommand) is not { } command)
            {
                continue;
            }

            if (row.Value("slaPolicy") is { } policy && policies.Find(policy) is null)
            {
                problems.Add(row.Number, "slaPolicy", $"There is no SLA policy '{policy}'.");
                continue;
            }

            valid.Add((row.Number, id, command));
        }

        var imported = new List<ImportedRow>();
        if (!dryRun)
        {
            foreach (var (row, id, command) in valid)
            {
                try
                {
                    var view = await grains.GetGrain<IServiceGrain>(id).Define(context, command);
                    imported.Add(new(row, view.Id, null, false));
                }
                catch (DomainValidationException exception)
                {
                    problems.Add(row, exception);
                }
            }
        }

        return problems.Report(KindName, dryRun, table, valid.Count, imported);
    }
}
