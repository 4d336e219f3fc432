using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Problems;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Import;

/// <summary>
/// Problems from CSV: the fields of POST /api/problems, checked by <see cref="CreateProblemRequest"/>; incidentIds lists
/// the incidents to link, separated by semicolons or spaces. The incidents, service, group and assignee named must exist.
/// </summary>
public sealed class ProblemCsvImport(IGrainFactory grains) : ITicketCsvKind<CreateProblem>
{
    public static readonly IReadOnlyList<string> RequiredColumns = ["title"];

    public static readonly IReadOnlyList<string> ColumnNames =
        [TicketCsvImport.ExternalId, "title", "description", "serviceId", "incidentIds", "assignmentGroup", "assignee"];

    public const string KindName = "problems";

    public string Name => KindName;

    public string RecordKind => "problem";

    public IReadOnlyList<string> Columns => ColumnNames;

    public IReadOnlyList<string> Required => RequiredColumns;

    public async Task<CreateProblem?> Validate(CsvImportRow row, Caller caller, ImportRowProblems problems)
    {
        var incidentIds = new List<Guid>();
        foreach (var text in (row.Value("incidentIds") ?? "").Split([';', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Guid.TryParse(text, out var id))
            {
                problems.Add(row.Number, "incidentIds", $"'{text}' is not an incident id.");
                return null;
            }

            incidentIds.Add(id);
        }

        var request = new CreateProblemRequest(
            row.Value("title"), row.Value("description"), row.Value("serviceId"), incidentIds.Count == 0 ? null : incidentIds,
            row.Value("assignmentGroup"), row.Value("assignee"));
        if (problems.Checked(row, request.ToCommand) is not { } command
            || !await problems.Exist(row, grains, caller, ProblemRules.References(command)))
        {
            return null;
        }

        foreach (var id in incidentIds.Distinct())
        {
            try
            {
                await grains.GetGrain<IIncidentGrain>(id).Get(caller);
            }
            catch (NotFoundException)
            {
                problems.Add(row.Number, "incidentIds", $"There is no incident {id}.");
                return null;
            }
        }

        return command;
    }

    public async Task<ImportedTicket> Create(Guid id, CommandContext context, CreateProblem command)
    {
        var view = await grains.GetGrain<IProblemGrain>(id).Create(context, command);
        return new ImportedTicket(view.Id, view.Number, view.CreatedAt);
    }
}
