using System.Text.Json;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Hosting.Export;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// GET /api/export (administrators): everything the installation holds as one JSON document, a download: the SLA
/// policies and calendars, then the records (<see cref="RecordsExport"/>). The document is written to the response as
/// it is read and flushed after every page, so its size does not weigh on memory. What administrators configure is
/// written as the public views of its own endpoints: no secret, key hash or password hash is ever written.
/// </summary>
public static class ExportApi
{
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
        ISlaPolicyCatalog catalog,
        RecordsExport records,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    {
        var cancellationToken = http.RequestAborted;
        var now = DateTimeOffset.UtcNow;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"itsm-export-{now:yyyyMMdd-HHmmss}.json\"";
        await using var writer = new Utf8JsonWriter(http.Response.BodyWriter.AsStream(), new JsonWriterOptions { Indented = false });
        var export = new ExportWriter(writer, json.Value.SerializerOptions, cancellationToken);
        writer.WriteStartObject();
        writer.WriteString("exportedAt", now);
        export.Write("slaPolicies", catalog.Policies.Select(p => SlaPolicyView.Of(p, catalog.DefaultPolicyId)));
        export.Write("calendars", catalog.Calendars);
        await records.Write(export, cancellationToken);
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }
}
