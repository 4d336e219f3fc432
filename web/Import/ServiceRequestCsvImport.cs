using System.Text.Json;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Domain.ServiceRequests;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Import;

/// <summary>
/// Service requests from CSV: the fields of POST /api/requests (<see cref="SubmitRequestRequest"/>). answers is a JSON
/// object of form field → text, checked against the catalogue item's form as a submission is. Like a submission, a row
/// names no approver: the item's rule and the requester's account do.
/// </summary>
public sealed class ServiceRequestCsvImport(IGrainFactory grains) : ITicketCsvKind<SubmitRequest>
{
    private const string Answers = "answers";
    private const string AnswersShape = "answers is a JSON object of field name → text, e.g. {\"model\": \"X1\", \"needed-by\": \"2026-12-01\"}.";

    private Dictionary<string, CatalogItem>? items;

    public static readonly IReadOnlyList<string> RequiredColumns = ["itemId"];

    public static readonly IReadOnlyList<string> ColumnNames = [TicketCsvImport.ExternalId, "itemId", Answers, "requestedFor"];

    public const string KindName = "service-requests";

    public string Name => KindName;

    public string RecordKind => "request";

    public IReadOnlyList<string> Columns => ColumnNames;

    public IReadOnlyList<string> Required => RequiredColumns;

    public string ColumnOf(string field) => field.StartsWith("answers.", StringComparison.Ordinal) ? Answers : field;

    public async Task<SubmitRequest?> Validate(CsvImportRow row, Caller caller, ImportRowProblems problems)
    {
        if (row.Value("itemId") is not { } itemId)
        {
            problems.Add(row.Number, "itemId", "'itemId' is required: the catalogue item requested.");
            return null;
        }

        items ??= (await grains.GetGrain<IRequestCatalogGrain>(0).List()).ToDictionary(i => i.Id, StringComparer.Ordinal);
        if (!items.TryGetValue(itemId, out var item))
        {
            problems.Add(row.Number, "itemId", $"There is no catalogue item '{itemId}'.");
            return null;
        }

        if (ParsedAnswers(row, problems) is not { } answers)
        {
            return null;
        }

        var command = new SubmitRequestRequest(itemId, answers, row.Value("requestedFor")).ToCommand();
        var answered = problems.Checked(row, () =>
        {
            ServiceRequestRules.Validate(item, command.Answers);
            return command;
        }, ColumnOf);
        return answered is not null && await problems.Exist(row, grains, caller, ServiceRequestRules.References(command)) ? answered : null;
    }

    public async Task<ImportedTicket> Create(Guid id, CommandContext context, SubmitRequest command)
    {
        var view = await grains.GetGrain<IServiceRequestGrain>(id).Submit(context, command);
        return new ImportedTicket(view.Id, view.Number, view.CreatedAt);
    }

    private static Dictionary<string, string>? ParsedAnswers(CsvImportRow row, ImportRowProblems problems)
    {
        if (row.Value(Answers) is not { } text)
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || document.RootElement.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String))
            {
                problems.Add(row.Number, Answers, AnswersShape);
                return null;
            }

            var answers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var answer in document.RootElement.EnumerateObject())
            {
                if (!answers.TryAdd(answer.Name, answer.Value.GetString()!))
                {
                    problems.Add(row.Number, Answers, $"answers names '{answer.Name}' twice.");
                    return null;
                }
            }

            return answers;
        }
        catch (JsonException exception)
        {
            problems.Add(row.Number, Answers, $"answers is not valid JSON ({exception.Message.Split(". ")[0]}). {AnswersShape}");
            return null;
        }
    }
}
