using System.Text.Json;
using ItsmOrleans.Grains.Slas;
using ItsmOrleans.Hosting.ReadModel;
using ItsmOrleans.Web.Security;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// GET /api/export (administrators): everything the installation holds as one JSON document, a download. It is written
/// to the response as it is read, the large lists (incidents, changes) page by page, so its size does not weigh on memory.
/// </summary>
public static class ExportApi
{
    private const int Page = 200;

    // The lists below are read whole by their read models; the cap keeps a runaway table from filling the host's memory.
    private const int MaxUnpaged = 100_000;

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export", Export).WithTags("Import and export").WithName("ExportEverything")
            .WithSummary("Everything the installation holds, as one JSON document (a download)")
            .RequireAuthorization(ItsmPolicies.Administer)
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        return app;
    }

    private static async Task Export(
        HttpContext http, IServiceProvider services, ISlaPolicyCatalog catalog, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    {
        var cancellationToken = http.RequestAborted;
        var options = json.Value.SerializerOptions;
        var now = DateTimeOffset.UtcNow;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"itsm-export-{now:yyyyMMdd-HHmmss}.json\"";
        await using var writer = new Utf8JsonWriter(http.Response.BodyWriter.AsStream(), new JsonWriterOptions { Indented = false });
        writer.WriteStartObject();
        writer.WriteString("exportedAt", now);
        Write(writer, "slaPolicies", catalog.Policies.Select(p => SlaPolicyView.Of(p, catalog.DefaultPolicyId)), options);
        Write(writer, "calendars", catalog.Calendars, options);
        Write(writer, "services", await services.GetRequiredService<IServiceReadModel>().ListAll(cancellationToken), options);

        writer.WriteStartArray("incidents");
        var incidents = services.GetRequiredService<IIncidentReadModel>();
        string? after = null;
        do
        {
            var page = await incidents.Query(new IncidentQuery([], [], null, null, null, Page, after), cancellationToken);
            Items(writer, page.Items, options);
            await writer.FlushAsync(cancellationToken);
            after = page.NextCursor;
        }
        while (after is not null);
        writer.WriteEndArray();

        writer.WriteStartArray("changes");
        var changes = services.GetRequiredService<IChangeReadModel>();
        after = null;
        do
        {
            var page = await changes.Query(new ChangeQuery(Limit: Page, After: after), cancellationToken);
            Items(writer, page.Items, options);
            await writer.FlushAsync(cancellationToken);
            after = page.NextCursor;
        }
        while (after is not null);
        writer.WriteEndArray();

        Write(writer, "serviceRequests", await services.GetRequiredService<IServiceRequestReadModel>().List(null, MaxUnpaged, cancellationToken), options);
        Write(writer, "problems", await services.GetRequiredService<IProblemReadModel>().List(null, MaxUnpaged, cancellationToken), options);
        Write(writer, "majorIncidents", await services.GetRequiredService<IMajorIncidentReadModel>().List(true, MaxUnpaged, cancellationToken), options);
        Write(writer, "vendorContracts", await services.GetRequiredService<IVendorContractReadModel>().List(cancellationToken), options);
        Write(writer, "licences", await services.GetRequiredService<ILicenceReadModel>().List(cancellationToken), options);
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private static void Write<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, JsonSerializerOptions options)
    {
        writer.WriteStartArray(name);
        Items(writer, items, options);
        writer.WriteEndArray();
    }

    private static void Items<T>(Utf8JsonWriter writer, IEnumerable<T> items, JsonSerializerOptions options)
    {
        foreach (var item in items)
        {
            JsonSerializer.Serialize(writer, item, options);
        }
    }
}
