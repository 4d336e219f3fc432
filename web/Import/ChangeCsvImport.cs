using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Import;

/// <summary>
/// Changes from CSV: the fields of POST /api/changes, checked by <see cref="CreateChangeRequest"/>. The window is
/// windowStart and windowEnd; the risk questionnaire is its five answers as columns. The service, the implementer and
/// the standard change template named must exist.
/// </summary>
public sealed class ChangeCsvImport(IGrainFactory grains) : ITicketCsvKind<CreateChange>
{
    private const string WindowStart = "windowStart";
    private const string WindowEnd = "windowEnd";
    private static readonly string[] RiskColumns = ["complexity", "testedBeforehand", "backoutTested", "outageRequired", "usersAffected"];

    private IReadOnlyList<ChangeTemplate>? templates;

    public static readonly IReadOnlyList<string> RequiredColumns = ["type", "title"];

    public static readonly IReadOnlyList<string> ColumnNames =
    [
        TicketCsvImport.ExternalId, "type", "title", "description", "serviceId", "templateId", "impact", "implementationPlan", "backoutPlan",
        "testPlan", "implementer", WindowStart, WindowEnd, .. RiskColumns,
    ];

    public const string KindName = "changes";

    public string Name => KindName;

    public string RecordKind => "change";

    public IReadOnlyList<string> Columns => ColumnNames;

    public IReadOnlyList<string> Required => RequiredColumns;

    public string ColumnOf(string field) => field switch
    {
        "window" => WindowEnd,
        _ when field.StartsWith("riskAnswers.", StringComparison.Ordinal) => field["riskAnswers.".Length..],
        _ => field,
    };

    public async Task<CreateChange?> Validate(CsvImportRow row, Caller caller, ImportRowProblems problems)
    {
        if (!TryWindow(row, problems, out var window) || !TryRiskAnswers(row, problems, out var answers))
        {
            return null;
        }

        var request = new CreateChangeRequest(
            row.Value("type"), row.Value("title"), row.Value("description"), row.Value("serviceId"), row.Value("templateId"), row.Value("impact"),
            row.Value("implementationPlan"), row.Value("backoutPlan"), row.Value("testPlan"), null, row.Value("implementer"), window, answers);
        if (problems.Checked(row, request.ToCommand, ColumnOf) is not { } command)
        {
            return null;
        }

        if (!await problems.Exist(row, grains, caller, ChangeRules.References(command), ColumnOf))
        {
            return null;
        }

        if (command.TemplateId is { } templateId)
        {
            templates ??= (await grains.GetGrain<IChangeCatalogGrain>(0).Get()).Templates;
            if (!templates.Any(t => t.Id == templateId))
            {
                problems.Add(row.Number, "templateId", $"There is no standard change template '{templateId}'.");
                return null;
            }
        }

        return command;
    }

    public async Task<ImportedTicket> Create(Guid id, CommandContext context, CreateChange command)
    {
        var view = await grains.GetGrain<IChangeGrain>(id).Create(context, command);
        return new ImportedTicket(view.Id, view.Number, view.CreatedAt);
    }

    private static bool TryWindow(CsvImportRow row, ImportRowProblems problems, out ChangeWindowRequest? window)
    {
        window = null;
        var (start, end) = (row.Value(WindowStart), row.Value(WindowEnd));
        if (start is null && end is null)
        {
            return true;
        }

        if (start is null || end is null)
        {
            problems.Add(row.Number, start is null ? WindowStart : WindowEnd, "A window needs both windowStart and windowEnd.");
            return false;
        }

        if (!TryInstant(row, problems, WindowStart, start, out var from) || !TryInstant(row, problems, WindowEnd, end, out var to))
        {
            return false;
        }

        window = new ChangeWindowRequest(from, to);
        return true;
    }

    private static bool TryInstant(CsvImportRow row, ImportRowProblems problems, string column, string text, out DateTimeOffset instant)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant))
        {
            return true;
        }

        problems.Add(row.Number, column, $"'{text}' is not a date and time such as 2026-12-05T22:00:00Z.");
        return false;
    }

    /// <summary>The questionnaire when any of its columns is filled in; the create rules then name each missing answer.</summary>
    private static bool TryRiskAnswers(CsvImportRow row, ImportRowProblems problems, out RiskAnswersRequest? answers)
    {
        answers = null;
        if (RiskColumns.All(c => row.Value(c) is null))
        {
            return true;
        }

        bool? tested = null, backout = null, outage = null;
        if (!TryYesNo(row, problems, "testedBeforehand", ref tested) || !TryYesNo(row, problems, "backoutTested", ref backout)
            || !TryYesNo(row, problems, "outageRequired", ref outage))
        {
            return false;
        }

        answers = new RiskAnswersRequest(row.Value("complexity"), tested, backout, outage, row.Value("usersAffected"));
        return true;
    }

    private static bool TryYesNo(CsvImportRow row, ImportRowProblems problems, string column, ref bool? value)
    {
        if (row.Value(column) is not { } text)
        {
            return true;
        }

        if (bool.TryParse(text, out var parsed))
        {
            value = parsed;
            return true;
        }

        problems.Add(row.Number, column, $"'{text}' is not true or false.");
        return false;
    }
}
