using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Import;

/// <summary>
/// Incidents from CSV: the columns of POST /api/incidents, checked by <see cref="CreateIncidentRequest"/>; the service,
/// group and people named must exist.
/// </summary>
public sealed class IncidentCsvImport(IGrainFactory grains, ISlaPolicyCatalog policies) : ITicketCsvKind<CreateIncident>
{
    public static readonly IReadOnlyList<string> RequiredColumns = ["title", "impact", "urgency"];

    public static readonly IReadOnlyList<string> ColumnNames =
        [TicketCsvImport.ExternalId, "title", "description", "impact", "urgency", "requester", "serviceId", "assignmentGroup", "assignee", "slaPolicy"];

    public const string KindName = "incidents";

    public string Name => KindName;

    public string RecordKind => "incident";

    public IReadOnlyList<string> Columns => ColumnNames;

    public IReadOnlyList<string> Required => RequiredColumns;

    public async Task<CreateIncident?> Validate(CsvImportRow row, Caller caller, ImportRowProblems problems)
    {
        var request = new CreateIncidentRequest(
            row.Value("title"), row.Value("description"), row.Value("impact"), row.Value("urgency"), row.Value("requester"),
            row.Value("serviceId"), row.Value("assignmentGroup"), row.Value("assignee"), row.Value("slaPolicy"));
        var command = problems.Checked(row, () => request.ToCommand(caller));
        if (command?.SlaPolicyId is { } policy && !string.IsNullOrWhiteSpace(policy) && policies.Find(policy) is null)
        {
            problems.Add(row.Number, "slaPolicy", $"There is no SLA policy '{policy}'.");
            return null;
        }

        return command is not null && await problems.Exist(row, grains, caller, IncidentRules.References(command)) ? command : null;
    }

    public async Task<ImportedTicket> Create(Guid id, CommandContext context, CreateIncident command)
    {
        var view = await grains.GetGrain<IIncidentGrain>(id).Create(context, command);
        return new ImportedTicket(view.Id, view.Number, view.CreatedAt);
    }
}
