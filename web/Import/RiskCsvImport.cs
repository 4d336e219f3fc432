using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Domain.Risks;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Import;

/// <summary>
/// Risks from CSV: the fields of POST /api/risks, checked by <see cref="RecordRiskRequest"/>; serviceIds lists the
/// services the risk touches, separated by semicolons or spaces; impact and likelihood (1–5) give its inherent score
/// and go together; reviewBy is a date (yyyy-MM-dd). The owner and services named must exist.
/// </summary>
public sealed class RiskCsvImport(IGrainFactory grains) : ITicketCsvKind<RecordRisk>
{
    public static readonly IReadOnlyList<string> RequiredColumns = ["title", "category", "owner"];

    public static readonly IReadOnlyList<string> ColumnNames =
        [TicketCsvImport.ExternalId, "title", "category", "owner", "description", "cause", "serviceIds", "impact", "likelihood", "reviewBy"];

    public const string KindName = "risks";

    public string Name => KindName;

    public string RecordKind => "risk";

    public IReadOnlyList<string> Columns => ColumnNames;

    public IReadOnlyList<string> Required => RequiredColumns;

    public string ColumnOf(string field) => field switch
    {
        "inherent.impact" => "impact",
        "inherent.likelihood" => "likelihood",
        _ when field.StartsWith("links.serviceIds", StringComparison.Ordinal) => "serviceIds",
        _ => field,
    };

    public async Task<RecordRisk?> Validate(CsvImportRow row, Caller caller, ImportRowProblems problems)
    {
        var impact = Level(row, "impact", problems);
        var likelihood = Level(row, "likelihood", problems);
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

        if (impact.Failed || likelihood.Failed)
        {
            return null;
        }

        if (impact.Value is null != likelihood.Value is null)
        {
            problems.Add(row.Number, impact.Value is null ? "impact" : "likelihood", "Impact and likelihood are scored together.");
            return null;
        }

        var services = (row.Value("serviceIds") ?? "").Split([';', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var request = new RecordRiskRequest(
            row.Value("title"), row.Value("category"), row.Value("owner"), row.Value("description"), row.Value("cause"),
            services.Length == 0 ? null : new RiskLinks(ServiceIds: services),
            impact.Value is { } i && likelihood.Value is { } l ? new RiskRating(i, l) : null,
            reviewBy);
        if (problems.Checked(row, request.ToCommand, ColumnOf) is not { } command
            || !await problems.Exist(row, grains, caller, RiskRules.References(command.Owner, command.Links, null), ColumnOf))
        {
            return null;
        }

        return command;
    }

    public async Task<ImportedTicket> Create(Guid id, CommandContext context, RecordRisk command)
    {
        var view = await grains.GetGrain<IRiskGrain>(id).Record(context, command);
        return new ImportedTicket(view.Id, view.Number, view.CreatedAt);
    }

    private static (int? Value, bool Failed) Level(CsvImportRow row, string column, ImportRowProblems problems)
    {
        if (row.Value(column) is not { } text)
        {
            return (null, false);
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level))
        {
            problems.Add(row.Number, column, $"'{text}' is not a level from 1 to 5.");
            return (null, true);
        }

        return (level, false);
    }
}
