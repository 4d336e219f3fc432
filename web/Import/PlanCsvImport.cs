using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Vendors;
using ItsmOrleans.Domain.Continuity;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Import;

/// <summary>
/// Continuity plans from CSV, each recorded as a draft: the fields of POST /api/continuity/plans, checked by
/// <see cref="PlanRequest"/>. serviceIds and decisionMakers are separated by semicolons or spaces; steps are separated
/// by semicolons, each "title | owner | expected duration" (a duration such as 00:30:00); fallback describes the
/// fallback arrangement and vendorContractId names the contract behind it; reviewBy is a date (yyyy-MM-dd). The
/// services, people and contract named must exist.
/// </summary>
public sealed class PlanCsvImport(IGrainFactory grains) : ITicketCsvKind<PlanContent>
{
    public static readonly IReadOnlyList<string> RequiredColumns = ["title", "scenario", "serviceIds"];

    public static readonly IReadOnlyList<string> ColumnNames =
    [
        TicketCsvImport.ExternalId, "title", "scenario", "serviceIds", "invocationCriteria", "decisionMakers", "steps", "fallback",
        "vendorContractId", "reviewBy", "exerciseEveryMonths",
    ];

    public const string KindName = "continuity-plans";

    public string Name => KindName;

    public string RecordKind => "continuity-plan";

    public IReadOnlyList<string> Columns => ColumnNames;

    public IReadOnlyList<string> Required => RequiredColumns;

    public string ColumnOf(string field) => field switch
    {
        "fallback.description" => "fallback",
        "fallback.vendorContractId" => "vendorContractId",
        _ when field.IndexOfAny(['[', '.']) is > 0 and var end => field[..end],
        _ => field,
    };

    public async Task<PlanContent?> Validate(CsvImportRow row, Caller caller, ImportRowProblems problems)
    {
        DateOnly? reviewBy = null;
        if (row.Value("reviewBy") is { } date)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                problems.Add(row.Number, "reviewBy", $"'{date}' is not a date (yyyy-MM-dd).");
                return null;
            }

            reviewBy = parsed;
        }

        int? months = null;
        if (row.Value("exerciseEveryMonths") is { } monthsText)
        {
            if (!int.TryParse(monthsText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                problems.Add(row.Number, "exerciseEveryMonths", $"'{monthsText}' is not a whole number of months.");
                return null;
            }

            months = parsed;
        }

        if (Steps(row, problems) is not { } steps)
        {
            return null;
        }

        var fallback = row.Value("fallback") is null && row.Value("vendorContractId") is null
            ? null
            : new FallbackArrangement(row.Value("fallback") ?? "", row.Value("vendorContractId"));
        var request = new PlanRequest(
            row.Value("title"), row.Value("scenario"), List(row, "serviceIds"), row.Value("invocationCriteria"), List(row, "decisionMakers"),
            [], steps, fallback, reviewBy, months);
        if (problems.Checked(row, request.ToContent, ColumnOf) is not { } content
            || !await problems.Exist(row, grains, caller, PlanRules.References(content), ColumnOf)
            || !await ContractExists(row, caller, content.Fallback?.VendorContractId, problems))
        {
            return null;
        }

        return content;
    }

    private async Task<bool> ContractExists(CsvImportRow row, Caller caller, string? contract, ImportRowProblems problems)
    {
        if (string.IsNullOrWhiteSpace(contract))
        {
            return true;
        }

        try
        {
            await grains.GetGrain<IVendorContractGrain>(contract.Trim()).Get(caller);
            return true;
        }
        catch (NotFoundException)
        {
            problems.Add(row.Number, "vendorContractId", $"There is no vendor contract '{contract.Trim()}'.");
            return false;
        }
    }

    public async Task<ImportedTicket> Create(Guid id, CommandContext context, PlanContent command)
    {
        var view = await grains.GetGrain<IContinuityPlanGrain>(id).Record(context, command);
        return new ImportedTicket(view.Id, view.Number, view.CreatedAt);
    }

    private static string?[] List(CsvImportRow row, string column) =>
        (row.Value(column) ?? "").Split([';', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private static List<RecoveryStepRequest?>? Steps(CsvImportRow row, ImportRowProblems problems)
    {
        var steps = new List<RecoveryStepRequest?>();
        foreach (var entry in (row.Value("steps") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length != 3)
            {
                problems.Add(row.Number, "steps", $"'{entry}' is not a step written as \"title | owner | 00:30:00\".");
                return null;
            }

            steps.Add(new RecoveryStepRequest(parts[0], parts[1], parts[2]));
        }

        return steps;
    }
}
