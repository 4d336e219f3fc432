using System.Text.Json;
using ItsmOrleans.Grains.Changes;
using ItsmOrleans.Grains.Incidents;
using ItsmOrleans.Grains.MajorIncidents;
using ItsmOrleans.Grains.Problems;
using ItsmOrleans.Grains.ServiceRequests;
using ItsmOrleans.Grains.Slas;
using ItsmOrleans.Hosting.Export;
using ItsmOrleans.Hosting.ReadModel;
using ItsmOrleans.Web.Export;
using ItsmOrleans.Web.Security;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// GET /api/export (administrators): everything the installation holds as one JSON document, a download. Every ticket
/// comes whole (details, SLA clocks, comments and work notes, history) from its saved grain state, read page by page
/// from the grain storage rows without activating a grain; the other lists page through their read models. The
/// document is written to the response as it is read and flushed after every page, so its size does not weigh on memory.
/// What administrators configure follows (<see cref="ConfigurationExport"/>), as the public views of its own endpoints:
/// no secret, key hash or password hash is ever written.
/// </summary>
public static class ExportApi
{
    private const int Page = 200;

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export", Export).WithTags("Import and export").WithName("ExportEverything")
            .WithSummary("Everything the installation holds, as one JSON document (a download)")
            .RequireAuthorization(ItsmPolicies.Administer)
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        return app;
    }

    private static async Task Export(
        HttpContext http,
        IServiceProvider services,
        IGrainFactory grains,
        ISlaPolicyCatalog catalog,
        GrainStateRows rows,
        IOptions<ChangeOptions> changeOptions,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    {
        var cancellationToken = http.RequestAborted;
        var options = json.Value.SerializerOptions;
        var now = DateTimeOffset.UtcNow;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"itsm-export-{now:yyyyMMdd-HHmmss}.json\"";
        await using var writer = new Utf8JsonWriter(http.Response.BodyWriter.AsStream(), new JsonWriterOptions { Indented = false });
        var export = new ExportWriter(writer, options, cancellationToken);
        writer.WriteStartObject();
        writer.WriteString("exportedAt", now);
        export.Write("slaPolicies", catalog.Policies.Select(p => SlaPolicyView.Of(p, catalog.DefaultPolicyId)));
        export.Write("calendars", catalog.Calendars);

        var serviceModel = services.GetRequiredService<IServiceReadModel>();
        await export.Paged("services", after => serviceModel.Page(after, Page, cancellationToken), s => s.Id);

        await export.Tickets("incidents", rows.Pages<IncidentState>(IncidentGrain.StateName, Page, cancellationToken), s => s.Created, ExportedIncident.Of);
        await export.Tickets("changes", rows.Pages<ChangeState>(ChangeGrain.StateName, Page, cancellationToken), s => s.Created,
            stored => ExportedChange.Of(stored, changeOptions.Value));
        await export.Tickets("serviceRequests", rows.Pages<ServiceRequestState>(ServiceRequestGrain.StateName, Page, cancellationToken), s => s.Created,
            stored => stored.State.ToView(stored.Id));
        await export.Tickets("problems", rows.Pages<ProblemState>(ProblemGrain.StateName, Page, cancellationToken), s => s.Created, ExportedProblem.Of);
        await export.Tickets("majorIncidents", rows.Pages<MajorIncidentState>(MajorIncidentGrain.StateName, Page, cancellationToken), s => s.Created,
            stored => stored.State.ToView(stored.Id));

        var contracts = services.GetRequiredService<IVendorContractReadModel>();
        await export.Paged("vendorContracts", after => contracts.Page(after, Page, cancellationToken), c => c.Id);
        var licences = services.GetRequiredService<ILicenceReadModel>();
        await export.Paged("licences", after => licences.Page(after, Page, cancellationToken), l => l.Id);
        await new ConfigurationExport(export, rows, grains, services, Page, cancellationToken).Write();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }
}
