using System.Globalization;
using System.Text;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Grains.Incidents;
using ItsmOrleans.Grains.Services;
using ItsmOrleans.Grains.Slas;
using ItsmOrleans.Web.Csv;
using ItsmOrleans.Web.Security;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// CSV import of incidents and services (administrators). Every row is checked with the rules of the create APIs;
/// <c>dryRun=true</c> reports every row that would be rejected and why and writes nothing. A real run imports the valid
/// rows, each under an idempotency key (its externalId, or a hash of its content), so importing a file again adds nothing.
/// </summary>
public static class ImportApi
{
    public const int MaxBytes = 4 * 1024 * 1024;
    public const int MaxRows = 10_000;
    public const int MaxExternalIdLength = 200;

    private static readonly string[] IncidentColumns =
        ["externalId", "title", "description", "impact", "urgency", "requester", "serviceId", "assignmentGroup", "assignee", "slaPolicy"];

    private static readonly string[] IncidentRequired = ["title", "impact", "urgency"];

    private static readonly string[] ServiceColumns =
        ["id", "name", "kind", "description", "owner", "supportGroup", "criticality", "slaPolicy", "escalationPolicy"];

    private static readonly string[] ServiceRequired = ["id", "name", "kind"];

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        // The body is checked to be text/csv by the handlers rather than declared with Accepts: routing would answer a
        // wrong content type with 415 before authorization, telling a caller without the right an endpoint's rules.
        var api = app.MapGroup("/api/import").WithTags("Import and export").RequireAuthorization(ItsmPolicies.Administer);
        api.MapPost("/incidents", ImportIncidents).WithName("ImportIncidents")
            .WithSummary("Import incidents from CSV; dryRun=true reports the rows it would reject and writes nothing");
        api.MapPost("/services", ImportServices).WithName("ImportServices")
            .WithSummary("Define services from CSV (one per id); dryRun=true reports the rows it would reject and writes nothing");
        api.ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<IResult> ImportIncidents(bool? dryRun, HttpContext http, IGrainFactory grains, ISlaPolicyCatalog catalog)
    {
        var (table, refusal) = await ReadTable(http, IncidentColumns, IncidentRequired);
        if (table is null)
        {
            return refusal!;
        }

        var caller = CallerContext.For(http).Caller;
        var problems = new List<ImportProblem>();
        var valid = new List<(int Row, string Key, CreateIncident Command)>();
        var externalIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (!row.Fits)
            {
                problems.Add(new(row.Number, null, $"The row has {row.FieldCount} fields; the header has {table.Header.Count}."));
                continue;
            }

            var externalId = row.Value("externalId");
            if (externalId is { Length: > MaxExternalIdLength })
            {
                problems.Add(new(row.Number, "externalId", $"An externalId has at most {MaxExternalIdLength} characters."));
                continue;
            }

            if (externalId is not null && !externalIds.TryAdd(externalId, row.Number))
            {
                problems.Add(new(row.Number, "externalId", $"externalId '{externalId}' is also on row {externalIds[externalId]}."));
                continue;
            }

            var request = new CreateIncidentRequest(
                row.Value("title"), row.Value("description"), row.Value("impact"), row.Value("urgency"), row.Value("requester"),
                row.Value("serviceId"), row.Value("assignmentGroup"), row.Value("assignee"), row.Value("slaPolicy"));
            if (Checked(row, problems, () => request.ToCommand(caller)) is not { } command)
            {
                continue;
            }

            if (command.SlaPolicyId is { } policy && !string.IsNullOrWhiteSpace(policy) && catalog.Find(policy) is null)
            {
                problems.Add(new(row.Number, "slaPolicy", $"There is no SLA policy '{policy}'."));
                continue;
            }

            valid.Add((row.Number, $"csv-incident:{externalId ?? "sha256:" + row.ContentHash()}", command));
        }

        var imported = new List<ImportedRow>();
        if (dryRun != true)
        {
            var started = DateTimeOffset.UtcNow;
            foreach (var (row, key, command) in valid)
            {
                try
                {
                    // The id comes from the row's key alone, so whoever imports the file again reaches the same incident.
                    var view = await grains.GetGrain<IIncidentGrain>(IncidentIds.ForCreate("csv-import", key))
                        .Create(new CommandContext(caller, null, key), command);
                    imported.Add(new(row, view.Id.ToString(), view.Number, view.CreatedAt < started));
                }
                catch (IdempotencyKeyReusedException)
                {
                    problems.Add(new(row, "externalId", "A row with this externalId was imported before with other content."));
                }
                catch (DomainValidationException exception)
                {
                    problems.AddRange(ProblemsOf(row, exception));
                }
            }
        }

        return Report("incidents", dryRun == true, table, valid.Count, problems, imported);
    }

    private static async Task<IResult> ImportServices(bool? dryRun, HttpContext http, IGrainFactory grains, ISlaPolicyCatalog catalog)
    {
        var (table, refusal) = await ReadTable(http, ServiceColumns, ServiceRequired);
        if (table is null)
        {
            return refusal!;
        }

        var context = CallerContext.For(http) with { ExpectedVersion = null };
        var problems = new List<ImportProblem>();
        var valid = new List<(int Row, string Id, DefineService Command)>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (!row.Fits)
            {
                problems.Add(new(row.Number, null, $"The row has {row.FieldCount} fields; the header has {table.Header.Count}."));
                continue;
            }

            var id = row.Value("id") ?? "";
            var errors = new FieldErrors();
            ServiceRules.ValidateId(errors, id);
            if (errors.Any)
            {
                problems.Add(new(row.Number, "id", "A service id is lower-case letters, digits and dashes."));
                continue;
            }

            if (!ids.TryAdd(id, row.Number))
            {
                problems.Add(new(row.Number, "id", $"Service '{id}' is also on row {ids[id]}."));
                continue;
            }

            int? criticality = null;
            if (row.Value("criticality") is { } tier)
            {
                if (!int.TryParse(tier, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    problems.Add(new(row.Number, "criticality", $"'{tier}' is not a criticality tier (1 to 4)."));
                    continue;
                }

                criticality = parsed;
            }

            var request = new DefineServiceRequest(
                row.Value("name"), row.Value("kind"), row.Value("description"), row.Value("owner"), row.Value("supportGroup"),
                criticality, row.Value("slaPolicy"), null, row.Value("escalationPolicy"));
            if (Checked(row, problems, request.ToCommand) is not { } command)
            {
                continue;
            }

            if (row.Value("slaPolicy") is { } policy && catalog.Find(policy) is null)
            {
                problems.Add(new(row.Number, "slaPolicy", $"There is no SLA policy '{policy}'."));
                continue;
            }

            valid.Add((row.Number, id, command));
        }

        var imported = new List<ImportedRow>();
        if (dryRun != true)
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
                    problems.AddRange(ProblemsOf(row, exception));
                }
            }
        }

        return Report("services", dryRun == true, table, valid.Count, problems, imported);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.Ok<ImportReport> Report(string kind, bool dryRun, CsvImportTable table, int accepted, List<ImportProblem> problems, List<ImportedRow> imported) =>
        TypedResults.Ok(new ImportReport(kind, dryRun, table.Rows.Count, accepted, [.. problems.OrderBy(p => p.Row)], imported));

    private static T? Checked<T>(CsvImportTable.Row row, List<ImportProblem> problems, Func<T> validate)
        where T : class
    {
        try
        {
            return validate();
        }
        catch (DomainValidationException exception)
        {
            problems.AddRange(ProblemsOf(row.Number, exception));
            return null;
        }
    }

    private static IEnumerable<ImportProblem> ProblemsOf(int row, DomainValidationException exception) =>
        exception.Errors.SelectMany(e => e.Value.Select(message => new ImportProblem(row, e.Key, message)));

    private static async Task<(CsvImportTable? Table, IResult? Refusal)> ReadTable(HttpContext http, string[] columns, string[] required)
    {
        var request = http.Request;
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the file as text/csv.",
                detail: $"Content-Type '{request.ContentType}' is not text/csv."));
        }

        // The host's 1 MiB body limit would cut the connection; this reads at most the import limit itself and answers 413.
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[MaxBytes + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await reader.ReadAsync(buffer.AsMemory(read), http.RequestAborted)) > 0)
        {
            read += chunk;
        }

        if (read > MaxBytes)
        {
            return (null, TooLarge());
        }

        var records = CsvReader.Parse(new string(buffer, 0, read));
        var table = CsvImportTable.Of(records, columns, required);
        if (table.Rows.Count > MaxRows)
        {
            throw new DomainValidationException("file", $"A file holds at most {MaxRows} rows; split it.");
        }

        return (table, null);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge() => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.",
        detail: $"An import file is at most {MaxBytes / (1024 * 1024)} MiB; split it.");
}
